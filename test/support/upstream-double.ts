import {
  createServer,
  request as forward,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

import type { GatewayConfig } from '../../src/config/gateway-config.js';

/** An answer the double gives instead of the upstream's. */
export interface ScriptedAnswer {
  readonly status: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** A string is sent as is; anything else as JSON. */
  readonly body?: unknown;
}

export interface ScriptedRule {
  /** Only requests with this method. */
  readonly method?: string;
  /** Only requests whose path (without query) matches. */
  readonly path?: RegExp;
  /** How many matching requests get the answer; every one when left out. */
  readonly times?: number;
  /**
   * The answer; 'hang' holds the request without ever answering, 'forward'
   * passes it on to the simulator (after `before`, if given).
   */
  readonly answer: ScriptedAnswer | 'hang' | 'forward';
  /** Runs when the rule matches, before the answer: e.g. a concurrent change. */
  readonly before?: () => Promise<void>;
}

/** One request the double received. */
export interface DoubleCall {
  readonly method: string;
  readonly path: string;
  /** True when a scripted rule matched it (even one that forwarded it). */
  readonly scripted: boolean;
  readonly status: number | null;
}

interface PlannedRule {
  readonly rule: ScriptedRule;
  remaining: number;
}

/**
 * A loopback stand-in for the Systam API: it forwards every request to the
 * real simulator, except those a scripted rule answers itself. It lets a test
 * play answers the simulator cannot (a 412 between read and write, a body
 * that is not JSON, an error code only a broken deployment sends).
 */
export class UpstreamDouble {
  readonly calls: DoubleCall[] = [];
  readonly #server: Server;
  #rules: PlannedRule[] = [];
  #target: string | undefined;

  private constructor(server: Server) {
    this.#server = server;
  }

  /** Starts listening on 127.0.0.1, on a port the system chooses. */
  static async start(): Promise<UpstreamDouble> {
    const server = createServer();
    const double = new UpstreamDouble(server);
    server.on('request', (request, response) => {
      void double.#handle(request, response);
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return double;
  }

  get url(): string {
    const address = this.#server.address() as AddressInfo;
    return `http://127.0.0.1:${address.port}`;
  }

  /**
   * A TestGateway `adjust` that sends the first tenant's calls through the
   * double, which forwards them to the simulator the tenant was given.
   */
  routeFirstTenant(): (config: GatewayConfig) => GatewayConfig {
    return (config) => {
      const [first, ...others] = config.tenants;
      if (first === undefined) throw new Error('the configuration has no tenant');
      this.#target = first.systam.baseUrl;
      return {
        ...config,
        tenants: [{ ...first, systam: { ...first.systam, baseUrl: this.url } }, ...others],
      };
    };
  }

  script(rule: ScriptedRule): void {
    this.#rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
  }

  /** The calls as "METHOD /path", with a * after those a scripted rule matched. */
  describeCalls(): string[] {
    return this.calls.map((call) => `${call.method} ${call.path}${call.scripted ? ' *' : ''}`);
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#server.close(() => resolve());
      this.#server.closeAllConnections();
    });
  }

  async #handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const body = await readBody(request);
    const path = new URL(request.url ?? '/', 'http://double').pathname;
    const call = {
      method: request.method ?? 'GET',
      path,
      scripted: false,
      status: null as number | null,
    };
    this.calls.push(call);

    const planned = this.#take(call.method, path);
    if (planned !== undefined) {
      call.scripted = true;
      await planned.before?.();
      if (planned.answer === 'hang') return;
    }
    if (planned !== undefined && planned.answer !== 'forward') {
      const scripted = planned.answer as ScriptedAnswer;
      call.status = scripted.status;
      answer(response, scripted);
      return;
    }

    if (this.#target === undefined) {
      call.status = 502;
      answer(response, { status: 502, body: 'the double has no upstream to forward to' });
      return;
    }
    call.status = await this.#forward(request, body, response);
  }

  #take(method: string, path: string): ScriptedRule | undefined {
    const planned = this.#rules.find(
      ({ rule }) =>
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (rule.path === undefined || rule.path.test(path)),
    );
    if (planned === undefined) return undefined;

    planned.remaining -= 1;
    if (planned.remaining <= 0) this.#rules = this.#rules.filter((rule) => rule !== planned);
    return planned.rule;
  }

  #forward(request: IncomingMessage, body: Buffer, response: ServerResponse): Promise<number> {
    const target = new URL(request.url ?? '/', this.#target);
    const headers: IncomingHttpHeaders = { ...request.headers, host: target.host };

    return new Promise((resolve) => {
      const outbound = forward(target, { method: request.method, headers }, (upstream) => {
        const status = upstream.statusCode ?? 502;
        response.writeHead(status, upstream.headers);
        upstream.pipe(response);
        upstream.once('end', () => resolve(status));
      });
      outbound.once('error', () => {
        answer(response, { status: 502, body: 'the double could not reach the simulator' });
        resolve(502);
      });
      outbound.end(body);
    });
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.once('end', () => resolve(Buffer.concat(chunks)));
    request.once('error', reject);
  });
}

function answer(response: ServerResponse, scripted: ScriptedAnswer): void {
  const isText = typeof scripted.body === 'string';
  const text =
    scripted.body === undefined
      ? ''
      : isText
        ? (scripted.body as string)
        : JSON.stringify(scripted.body);
  response.writeHead(scripted.status, {
    'content-type': isText ? 'text/plain' : 'application/json',
    ...scripted.headers,
  });
  response.end(text);
}

/** A Systam error body, as the contract writes one. */
export function systamError(
  status: number,
  code: string,
  headers?: Record<string, string>,
): ScriptedAnswer {
  return {
    status,
    body: { error: { code, message: `scripted ${code}` } },
    ...(headers !== undefined && { headers }),
  };
}
