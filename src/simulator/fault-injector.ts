import type { Request, RequestHandler, Response } from 'express';
import { setTimeout as sleep } from 'node:timers/promises';

import { noteFault } from './request-log.js';
import { sendJson } from './respond.js';
import { SimulatorError } from './simulator-error.js';

/**
 * - `unavailable`: 503 UNAVAILABLE with Retry-After (maintenance)
 * - `rate-limited`: 429 RATE_LIMITED with Retry-After
 * - `internal`: 500 INTERNAL
 * - `hang`: never answers; the connection stays open until the client gives up
 * - `disconnect`: closes the connection without an answer
 * - `delay`: waits `delayMs`, then handles the request normally
 */
export type FaultKind =
  'unavailable' | 'rate-limited' | 'internal' | 'hang' | 'disconnect' | 'delay';

export interface FaultOptions {
  readonly kind: FaultKind;
  /** How many matching requests meet the fault; every one until clearFaults() when left out. */
  readonly times?: number;
  /** Only requests with this method (GET, PATCH, …). */
  readonly method?: string;
  /** Only requests whose URL path equals this text or matches this expression. */
  readonly path?: string | RegExp;
  /** Seconds announced in Retry-After by `unavailable` and `rate-limited`; 1 when left out. */
  readonly retryAfterSeconds?: number;
  /** How long `delay` waits. */
  readonly delayMs?: number;
}

interface PlannedFault {
  readonly options: FaultOptions;
  remaining: number;
}

/**
 * The failures and slowness a simulator plays, set through its programmatic
 * handle only: nothing reaches them over HTTP.
 */
export class FaultInjector {
  #latencyMs = 0;
  #faults: PlannedFault[] = [];

  constructor(latencyMs = 0) {
    this.setLatency(latencyMs);
  }

  /** Added before every request is handled. */
  get latencyMs(): number {
    return this.#latencyMs;
  }

  setLatency(latencyMs: number): void {
    this.#latencyMs = checkMilliseconds(latencyMs, 'latencyMs');
  }

  inject(options: FaultOptions): void {
    const times = options.times ?? Number.POSITIVE_INFINITY;
    if (times !== Number.POSITIVE_INFINITY && !(Number.isInteger(times) && times > 0)) {
      throw new TypeError(`times must be a positive integer, got ${times}`);
    }
    if (options.kind === 'delay') checkMilliseconds(options.delayMs, 'delayMs');
    if (options.retryAfterSeconds !== undefined && !isWholeNumber(options.retryAfterSeconds)) {
      const given = options.retryAfterSeconds;
      throw new TypeError(`retryAfterSeconds must be a whole number, got ${given}`);
    }

    // A global or sticky expression remembers where it last matched; a copy
    // without those flags matches every path afresh.
    const path =
      options.path instanceof RegExp
        ? new RegExp(options.path.source, options.path.flags.replace(/[gy]/g, ''))
        : options.path;
    this.#faults.push({ options: { ...options, path }, remaining: times });
  }

  clear(): void {
    this.#faults = [];
  }

  /** The first planned fault this request meets, counted as used. */
  take(req: Request): FaultOptions | undefined {
    const fault = this.#faults.find((planned) => matches(planned.options, req));
    if (fault === undefined) return undefined;

    fault.remaining -= 1;
    if (fault.remaining <= 0) this.#faults = this.#faults.filter((planned) => planned !== fault);
    return fault.options;
  }
}

/** Middleware: the configured latency, then the first matching fault. */
export function applyFaults(injector: FaultInjector): RequestHandler {
  return async function playFaults(req, res, next) {
    if (injector.latencyMs > 0) await sleep(injector.latencyMs);

    const fault = injector.take(req);
    if (fault === undefined) return next();
    noteFault(req, fault.kind);

    switch (fault.kind) {
      case 'unavailable':
      case 'rate-limited':
      case 'internal':
        return answerWithFault(res, fault);
      case 'hang':
        return undefined;
      case 'disconnect':
        res.socket?.destroy();
        return undefined;
      case 'delay':
        await sleep(fault.delayMs ?? 0);
        return next();
    }
  };
}

// Answered here rather than thrown, so the error writer reports only the
// failures nobody asked for.
function answerWithFault(res: Response, fault: FaultOptions): void {
  const retryAfter = { 'Retry-After': String(fault.retryAfterSeconds ?? 1) };
  const error =
    fault.kind === 'unavailable'
      ? new SimulatorError('UNAVAILABLE', 'Systam is down for maintenance', { headers: retryAfter })
      : fault.kind === 'rate-limited'
        ? new SimulatorError('RATE_LIMITED', 'Too many requests for this organization', {
            headers: retryAfter,
          })
        : new SimulatorError('INTERNAL', 'Systam failed to handle the request');
  sendJson(res, error.status, error.toBody(), error.headers);
}

function matches(fault: FaultOptions, req: Request): boolean {
  if (fault.method !== undefined && fault.method.toUpperCase() !== req.method) return false;
  if (fault.path === undefined) return true;
  return typeof fault.path === 'string' ? fault.path === req.path : fault.path.test(req.path);
}

function checkMilliseconds(value: number | undefined, name: string): number {
  if (value === undefined || !isWholeNumber(value)) {
    throw new TypeError(`${name} must be a whole number of milliseconds, got ${value}`);
  }
  return value;
}

function isWholeNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 0;
}
