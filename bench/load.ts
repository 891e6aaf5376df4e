import { Pool } from 'undici';

export interface LoadResult {
  readonly requests: number;
  readonly failures: number;
  readonly seconds: number;
  readonly latenciesMs: readonly number[];
  readonly statuses: ReadonlyMap<number, number>;
}

export interface LoadOptions {
  readonly origin: string;
  readonly token: string;
  readonly concurrency: number;
  readonly requests: number;
  /** Builds the i-th request: method, path, optional JSON body. */
  readonly request: (index: number) => { method: string; path: string; body?: unknown };
  /** Statuses that count as success. */
  readonly expected: readonly number[];
}

/** Sends `requests` requests with `concurrency` in flight and records each latency. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const pool = new Pool(options.origin, { connections: options.concurrency });
  const latenciesMs: number[] = [];
  const statuses = new Map<number, number>();
  let next = 0;
  let failures = 0;

  const worker = async () => {
    while (next < options.requests) {
      const { method, path, body } = options.request(next);
      next += 1;

      const started = performance.now();
      const response = await pool.request({
        method: method as 'GET',
        path,
        headers: {
          authorization: `Bearer ${options.token}`,
          ...(body !== undefined && { 'content-type': 'application/scim+json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      await response.body.dump();
      latenciesMs.push(performance.now() - started);

      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (!options.expected.includes(response.statusCode)) failures += 1;
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  await pool.close();

  return { requests: options.requests, failures, seconds, latenciesMs, statuses };
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.floor(fraction * sorted.length));
  return sorted[index] ?? Number.NaN;
}
