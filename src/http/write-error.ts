import type { NextFunction, Request, Response } from 'express';

import type { Logger } from '../observability/logger.js';
import { translateSystamError } from '../provisioning/translate-systam-error.js';
import {
  InternalError,
  InvalidSyntaxError,
  MethodNotAllowedError,
  PayloadTooLargeError,
  ScimError,
  UnsupportedMediaTypeError,
} from '../scim/errors.js';
import { toErrorResponse } from '../scim/messages/error-response.js';
import { SystamError } from '../upstream/systam-errors.js';
import { sendScim } from './send-scim.js';

/**
 * The one place that writes error answers: whatever was thrown becomes a
 * SCIM Error (RFC 7644 section 3.12). Anything unexpected is a 500 with a
 * plain detail, never a stack trace and never a 404.
 */
export function writeError(logger: Logger) {
  return function writeErrorMiddleware(
    error: unknown,
    _request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    if (response.headersSent) {
      next(error);
      return;
    }

    const scimError = toScimError(error);
    logFailure(logger, scimError, error);
    sendScim(response, scimError.status, toErrorResponse(scimError), headersFor(scimError));
  };
}

function toScimError(error: unknown): ScimError {
  if (error instanceof ScimError) return error;
  if (error instanceof SystamError) return translateSystamError(error);
  return (
    fromBodyParser(error) ??
    fromHttpError(error) ??
    new InternalError(
      'The gateway failed to handle the request; retry, and report the request id if it persists.',
      { cause: error },
    )
  );
}

// The body parser reports its problems with an HTTP status and a type.
function fromBodyParser(error: unknown): ScimError | undefined {
  const { type, limit } = error as { type?: unknown; limit?: unknown };

  switch (type) {
    case 'entity.parse.failed':
      return new InvalidSyntaxError('The request body is not valid JSON.', { cause: error });
    case 'entity.too.large':
      return new PayloadTooLargeError(
        `The request body is larger than the limit of ${String(limit)} bytes.`,
        { cause: error },
      );
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeError(
        'The request body must be UTF-8 JSON (application/scim+json), without content encoding.',
        { cause: error },
      );
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.not.readable':
      return new InvalidSyntaxError('The request body could not be read whole.', { cause: error });
    default:
      return undefined;
  }
}

// Errors Express and its parsers raise for a request they cannot read (a
// malformed percent-escape in the path, a stream that broke) carry a 4xx
// status: the client's fault, never a 500.
function fromHttpError(error: unknown): ScimError | undefined {
  const { status, statusCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499) return undefined;

  return new InvalidSyntaxError('The request cannot be read: check its URL, headers and body.', {
    cause: error,
  });
}

function headersFor(error: ScimError): Record<string, string> {
  const headers: Record<string, string> = {};
  if (error.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(error.retryAfterSeconds);
  if (error instanceof MethodNotAllowedError) headers.Allow = error.allowedMethods.join(', ');
  if (error.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="SCIM"';
  return headers;
}

// Client mistakes are routine (Entra probes with unknown ids); failures of
// the gateway or of Systam are what an operator must see, with their cause.
function logFailure(logger: Logger, scimError: ScimError, thrown: unknown): void {
  // 501 is a deliberate answer (groups, bulk), not a failure of anything.
  if (scimError.status < 500 || scimError.status === 501) {
    logger.debug('request refused', { code: scimError.code, status: scimError.status });
    return;
  }

  logger.error('request failed', {
    code: scimError.code,
    status: scimError.status,
    cause: describeCause(thrown),
  });
}

function describeCause(thrown: unknown): Record<string, unknown> {
  const error = (
    thrown instanceof ScimError && thrown.cause !== undefined ? thrown.cause : thrown
  ) as (Error & { code?: unknown; status?: unknown; cause?: unknown }) | undefined;
  const cause = error?.cause as (Error & { code?: unknown }) | undefined;

  return {
    name: error?.name,
    message: error?.message,
    ...(error?.code !== undefined && { code: error.code }),
    ...(error?.status !== undefined && { upstreamStatus: error.status }),
    ...(typeof cause?.code === 'string' && { socketError: cause.code }),
    ...(error instanceof Error && !(error instanceof SystamError) && { stack: error.stack }),
  };
}
