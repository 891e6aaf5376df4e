import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

import { request } from 'undici';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

interface StartedProcess {
  readonly child: ChildProcess;
  readonly firstLine: Promise<string>;
  readonly stderr: () => string;
}

function startMain(env: Record<string, string>): StartedProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/simulator/main.ts'], {
    cwd: projectRoot,
    env: { ...process.env, SIMULATOR_HOST: '127.0.0.1', SIMULATOR_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const end = stdout.indexOf('\n');
      if (end !== -1) resolve(stdout.slice(0, end));
    });
    child.once('exit', () => reject(new Error(`the simulator exited: ${stderr}`)));
  });
  return { child, firstLine, stderr: () => stderr };
}

describe('simulator main (npm run simulator)', () => {
  const children: ChildProcess[] = [];

  afterEach(() => {
    for (const child of children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`prints where it listens with the demo org and token, serves, and exits 0 on ${signal}`, async () => {
      const started = startMain({});
      children.push(started.child);

      const line = await started.firstLine;
      const served = 'for org_demo (service token systam-demo-service-token)';
      const listening = /^Systam simulator listening on http:\/\/127\.0\.0\.1:\d+ /;
      expect(line).to.match(listening);
      expect(line.endsWith(served)).to.equal(true);

      // The printed URL is the origin a gateway takes as SYSTAM_API_URL.
      const base = /(http:\/\/\S+) for/.exec(line)?.[1] ?? '';
      const answer = await request(`${base}/internal/v1/organizations/org_demo/users`, {
        headers: { authorization: 'Bearer systam-demo-service-token', connection: 'close' },
      });
      await answer.body.dump();
      expect(answer.statusCode).to.equal(200);

      const exited = once(started.child, 'exit');
      started.child.kill(signal);
      const [code] = await exited;
      expect(code).to.equal(0);
    });
  }

  it('exits 1 with a message naming the seed file when it cannot be read', async () => {
    const started = startMain({ SIMULATOR_SEED: '/nonexistent/seed.json' });
    children.push(started.child);

    const [code] = await once(started.child, 'exit');
    expect(code).to.equal(1);
    expect(started.stderr()).to.have.string(
      'Systam simulator cannot start: Seed file /nonexistent/seed.json cannot be read',
    );
    await started.firstLine.catch(() => undefined);
  });
});
