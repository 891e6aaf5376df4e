import type { Request, RequestHandler, Response } from 'express';

import type { FaultKind } from './fault-injector.js';

/** One request the simulator received, as tests read it. */
export interface RequestLogEntry {
  readonly method: string;
  /** The URL path as sent, without the query. */
  readonly path: string;
  readonly query: Readonly<Record<string, string | readonly string[]>>;
  /** The status answered; null while no answer was sent (a held or dropped request). */
  readonly status: number | null;
  /** The X-Request-Id header as received, null when there was none. */
  readonly requestId: string | null;
  readonly ifMatch: string | null;
  /** The JSON body, once the simulator has read one (undefined before or without). */
  readonly body: unknown;
  /** The injected fault this request met, if any. */
  readonly fault: FaultKind | null;
}

type MutableEntry = { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] };

// Responses and requests belong to one simulator, so a module-wide map finds
// the right entry without threading the log through every handler.
const entriesByResponse = new WeakMap<Response, MutableEntry>();
const entriesByRequest = new WeakMap<Request, MutableEntry>();

/** The requests a simulator received, oldest first, keeping only the most recent ones. */
export class RequestLog {
  readonly #limit: number;
  #entries: MutableEntry[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** A snapshot: later requests do not change it. */
  entries(): readonly RequestLogEntry[] {
    return this.#entries.map((entry) => Object.freeze({ ...entry }));
  }

  clear(): void {
    this.#entries = [];
  }

  add(entry: MutableEntry): void {
    this.#entries.push(entry);
    const excess = this.#entries.length - this.#limit;
    if (excess > 0) this.#entries.splice(0, excess);
  }
}

/** Middleware: logs the request as it arrives; the answer's status is noted when it is sent. */
export function recordRequests(log: RequestLog): RequestHandler {
  return function recordRequest(req, res, next) {
    const entry: MutableEntry = {
      method: req.method,
      path: req.path,
      query: { ...(req.query as Record<string, string | string[]>) },
      status: null,
      requestId: req.get('X-Request-Id') ?? null,
      ifMatch: req.get('If-Match') ?? null,
      body: undefined,
      fault: null,
    };
    log.add(entry);
    entriesByResponse.set(res, entry);
    entriesByRequest.set(req, entry);

    // Every answer of the simulator passes noteStatus first; this covers any other.
    res.on('finish', () => {
      entry.status ??= res.statusCode;
    });
    next();
  };
}

/** Called just before an answer is sent, so the log is complete when the client reads it. */
export function noteStatus(res: Response, status: number): void {
  const entry = entriesByResponse.get(res);
  if (entry !== undefined) entry.status = status;
}

export function noteBody(req: Request, body: unknown): void {
  const entry = entriesByRequest.get(req);
  if (entry !== undefined) entry.body = structuredClone(body);
}

export function noteFault(req: Request, fault: FaultKind): void {
  const entry = entriesByRequest.get(req);
  if (entry !== undefined) entry.fault = fault;
}
