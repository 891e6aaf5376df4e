import express, { type NextFunction, type Request, type Response } from 'express';

import { InvalidSyntaxError, UnsupportedMediaTypeError } from '../scim/errors.js';

// RFC 7644 section 3.8: SCIM bodies are application/scim+json; plain
// application/json is accepted as well. Entra sends either, with or
// without "; charset=utf-8".
const jsonMediaTypes = ['application/scim+json', 'application/json'];

// No SCIM resource or message nests deeper than a handful of levels; a body
// nested hundreds deep is an attack on whatever walks it recursively.
const maxNestingDepth = 32;

/**
 * Parses JSON request bodies up to `limitBytes` (413 past it). A body of
 * another media type, another charset than UTF-8, or compressed, is refused
 * with 415 instead of being ignored or guessed at.
 */
export function parseJsonBody(limitBytes: number) {
  const parse = express.json({
    type: jsonMediaTypes,
    limit: limitBytes,
    strict: false,
    inflate: false,
  });

  return function parseJsonBodyMiddleware(
    request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    if (hasBody(request)) assertJsonUtf8(request);

    parse(request, response, (error?: unknown) => {
      if (error === undefined && exceedsDepth(request.body, maxNestingDepth)) {
        next(
          new InvalidSyntaxError(`The request body nests deeper than ${maxNestingDepth} levels.`),
        );
        return;
      }
      next(error);
    });
  };
}

function hasBody(request: Request): boolean {
  const length = request.get('content-length');
  return (length !== undefined && length !== '0') || request.get('transfer-encoding') !== undefined;
}

function assertJsonUtf8(request: Request): void {
  if (request.is(jsonMediaTypes) === false) {
    throw new UnsupportedMediaTypeError(
      'The request body must be JSON, sent as application/scim+json or application/json.',
    );
  }

  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(request.get('content-type') ?? '')?.[1];
  if (charset !== undefined && charset.toLowerCase() !== 'utf-8') {
    throw new UnsupportedMediaTypeError(
      `The request body must be UTF-8, not ${charset.slice(0, 32)}.`,
    );
  }
}

// Walks the parsed body without recursion, so that the check itself cannot
// overflow the stack it protects.
function exceedsDepth(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 1]];

  while (pending.length > 0) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (typeof current !== 'object' || current === null) continue;
    if (depth > limit) return true;

    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}
