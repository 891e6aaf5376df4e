import express, { type NextFunction, type Request, type Response } from 'express';

import { UnsupportedMediaTypeError } from '../scim/errors.js';

// RFC 7644 section 3.8: SCIM bodies are application/scim+json; plain
// application/json is accepted as well. Entra sends either, with or
// without "; charset=utf-8".
const jsonMediaTypes = ['application/scim+json', 'application/json'];

/**
 * Parses JSON request bodies up to `limitBytes` (413 past it), and refuses
 * a body of any other media type with 415 instead of silently ignoring it.
 */
export function parseJsonBody(limitBytes: number) {
  const parse = express.json({ type: jsonMediaTypes, limit: limitBytes, strict: false });

  return function parseJsonBodyMiddleware(
    request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    if (hasBody(request) && request.is(jsonMediaTypes) === false) {
      throw new UnsupportedMediaTypeError(
        'The request body must be JSON, sent as application/scim+json or application/json.',
      );
    }
    parse(request, response, next);
  };
}

function hasBody(request: Request): boolean {
  const length = request.get('content-length');
  return (length !== undefined && length !== '0') || request.get('transfer-encoding') !== undefined;
}
