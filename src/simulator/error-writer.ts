import type { ErrorRequestHandler, RequestHandler } from 'express';

import { sendJson } from './respond.js';
import { SimulatorError } from './simulator-error.js';

/** The one place that answers failures: the contract's Error body, with its status. */
export function writeErrors(reportFault: (error: unknown) => void): ErrorRequestHandler {
  return function writeError(error: unknown, _req, res, _next) {
    const failure = toSimulatorError(error);
    if (failure.code === 'INTERNAL') reportFault(error);

    if (res.headersSent) {
      res.socket?.destroy();
      return;
    }
    sendJson(res, failure.status, failure.toBody(), failure.headers);
  };
}

/** For paths the contract does not define. */
export const answerNotFound: RequestHandler = function answerNotFound(req) {
  throw new SimulatorError('NOT_FOUND', `No resource at ${req.path}`);
};

/** For a defined path asked with a method the contract does not give it. */
export function answerMethodNotAllowed(allowed: readonly string[]): RequestHandler {
  const allow = allowed.join(', ');
  return function answerMethodNotAllowed(req) {
    throw new SimulatorError('METHOD_NOT_ALLOWED', `${req.method} is not allowed here`, {
      details: { allowed },
      headers: { Allow: allow },
    });
  };
}

interface HttpErrorFields {
  readonly status?: unknown;
  readonly type?: unknown;
  readonly limit?: unknown;
}

// Express and its body parser signal request problems with http-errors
// objects: a `status` and a `type` such as entity.too.large.
function toSimulatorError(error: unknown): SimulatorError {
  if (error instanceof SimulatorError) return error;

  const { status, type, limit } = (error ?? {}) as HttpErrorFields;
  if (status === 413 || type === 'entity.too.large') {
    return new SimulatorError('PAYLOAD_TOO_LARGE', 'The request body is too large', {
      details: typeof limit === 'number' ? { limitBytes: limit } : undefined,
    });
  }
  if (type === 'entity.parse.failed') {
    return new SimulatorError('VALIDATION_FAILED', 'The request body is not valid JSON', {
      details: { in: 'body' },
    });
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return new SimulatorError('VALIDATION_FAILED', 'The request cannot be read', {
      details: { reason: type ?? status },
    });
  }
  return new SimulatorError('INTERNAL', 'The simulator failed to handle the request');
}
