import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

import { projectRoot, replayTool } from './entra-fixtures.js';

/** How long a spawned process may take to listen before the test gives up. */
const startTimeoutMs = 30_000;
/** How long a process may take to exit on SIGTERM before it gets SIGKILL. */
const stopTimeoutMs = 5_000;
/** The output kept for failure messages. */
const keptOutputChars = 8_000;

/**
 * The environment variables a spawned process may inherit: enough to run
 * node, and nothing that configures the gateway or the simulator, so that
 * a SYSTAM_* or SCIM_* variable of the developer's shell never leaks in.
 */
const inheritedVariables = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'LANG'];

/** A free TCP port on 127.0.0.1, found by binding port 0 and releasing it. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no port was assigned'))));
    });
  });
}

/** Only the variables given, plus the few node itself needs. */
export function isolatedEnvironment(variables: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of inheritedVariables) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...variables };
}

export interface StopResult {
  /** The exit code; null when a signal ended the process. */
  readonly exitCode: number | null;
  /** True when SIGTERM was not enough and SIGKILL ended it. */
  readonly forced: boolean;
}

/** A node process spawned by a test, with its output kept for failure messages. */
export class SpawnedProcess {
  readonly name: string;
  readonly child: ChildProcess;
  /** The whole environment the process was started with. */
  readonly env: NodeJS.ProcessEnv;
  #output = '';
  #exit: Promise<number | null>;
  #exited = false;
  #forced = false;

  private constructor(name: string, child: ChildProcess, env: NodeJS.ProcessEnv) {
    this.name = name;
    this.child = child;
    this.env = env;
    const keep = (chunk: Buffer) => {
      this.#output = (this.#output + chunk.toString('utf8')).slice(-keptOutputChars);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.#exit = new Promise((resolve) => {
      child.once('exit', (code) => {
        this.#exited = true;
        resolve(code);
      });
      child.once('error', (error) => {
        keep(Buffer.from(`spawn failed: ${error.message}\n`));
        this.#exited = true;
        resolve(null);
      });
    });
  }

  /** `node <args>` in the project root with exactly the given environment. */
  static start(name: string, args: readonly string[], env: NodeJS.ProcessEnv): SpawnedProcess {
    const child = spawn(process.execPath, args, {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new SpawnedProcess(name, child, env);
  }

  get output(): string {
    return this.#output;
  }

  get exited(): boolean {
    return this.#exited;
  }

  /** Resolves once the output contains `text`; fails on exit or after the start timeout. */
  async waitForOutput(text: string): Promise<void> {
    await this.#waitUntil(async () => this.#output.includes(text), `print "${text}"`);
  }

  /** Resolves once GET `url` answers 200; fails on exit or after the start timeout. */
  async waitForHealthy(url: string): Promise<void> {
    await this.#waitUntil(async () => {
      try {
        const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
        await response.arrayBuffer();
        return response.status === 200;
      } catch {
        return false;
      }
    }, `answer 200 on ${url}`);
  }

  /**
   * SIGTERM, then SIGKILL if it does not exit in time. Safe to call twice.
   * Tells how the process ended: its exit code, or null when a signal ended it.
   */
  async stop(): Promise<StopResult> {
    if (!this.#exited && this.child.pid !== undefined) {
      this.child.kill('SIGTERM');
      const exited = await Promise.race([this.#exit.then(() => true), sleep(stopTimeoutMs, false)]);
      if (!exited) {
        this.#forced = true;
        this.child.kill('SIGKILL');
      }
    }
    const exitCode = await this.#exit;
    return { exitCode, forced: this.#forced };
  }

  async #waitUntil(ready: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline) {
      if (this.#exited) {
        throw new Error(`${this.name} exited before it could ${what}. Output:\n${this.#output}`);
      }
      if (await ready()) return;
      await sleep(100);
    }
    throw new Error(
      `${this.name} did not ${what} within ${startTimeoutMs / 1000} s. Output:\n${this.#output}`,
    );
  }
}

export interface ReplayResult {
  readonly exitCode: number | null;
  /** The end of what the tool printed on stdout and stderr, for failure messages. */
  readonly output: string;
  /** The last non-empty line the replay tool printed. */
  readonly closingLine: string;
}

/** Runs the shared replay tool against `baseUrl`; it is killed if it outlasts `timeoutMs`. */
export async function runReplay(
  script: string,
  baseUrl: string,
  token: string,
  timeoutMs = 60_000,
): Promise<ReplayResult> {
  const replay = SpawnedProcess.start(
    'replay.mjs',
    [replayTool, '--base', baseUrl, '--token', token, script],
    isolatedEnvironment({}),
  );
  let stdout = '';
  replay.child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  // 'close' comes after the output streams are drained, unlike 'exit'.
  const closed = new Promise<number | null>((resolve) => {
    replay.child.once('close', (code) => resolve(code));
  });

  const timer = setTimeout(() => void replay.stop(), timeoutMs);
  try {
    const exitCode = await closed;
    const lines = stdout.split('\n').filter((line) => line.trim() !== '');
    // The kept output holds stderr as well, for a replay that crashes.
    return { exitCode, output: replay.output, closingLine: lines.at(-1) ?? '' };
  } finally {
    clearTimeout(timer);
    await replay.stop();
  }
}
