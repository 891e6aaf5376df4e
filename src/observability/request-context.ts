import { AsyncLocalStorage } from 'node:async_hooks';

/** One call the gateway made to the Systam API while serving a request. */
export interface UpstreamCallRecord {
  readonly operation: string;
  readonly status: number | string;
  readonly durationMs: number;
}

/**
 * What the gateway learns about a request while serving it, collected for
 * the one log line written when the request ends.
 */
export interface RequestContext {
  readonly requestId: string;
  tenantId: string | undefined;
  readonly upstreamCalls: UpstreamCallRecord[];
  /** Names of the client-compatibility rules that had to be applied. */
  readonly compatibilityRules: Set<string>;
  /**
   * Aborted when the request's deadline passes or its client goes away, so
   * that no further Systam call is made on its behalf.
   */
  readonly signal: AbortSignal;
}

/** Why a request's signal was aborted. */
export class RequestDeadlineExceeded extends Error {
  override readonly name = 'RequestDeadlineExceeded';
}

export class ClientGone extends Error {
  override readonly name = 'ClientGone';
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runWithRequestContext<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

export function recordUpstreamCall(call: UpstreamCallRecord): void {
  storage.getStore()?.upstreamCalls.push(call);
}

export function recordCompatibilityRules(rules: Iterable<string>): void {
  const context = storage.getStore();
  if (context === undefined) return;
  for (const rule of rules) context.compatibilityRules.add(rule);
}
