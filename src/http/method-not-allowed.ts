import type { Request } from 'express';

import { MethodNotAllowedError } from '../scim/errors.js';

/** Answers 405 with the methods the path does allow (RFC 9110 section 15.5.6). */
export function methodNotAllowed(allowed: readonly string[]) {
  return function methodNotAllowedHandler(request: Request): never {
    throw new MethodNotAllowedError(
      `${request.method} is not allowed here; use ${allowed.join(' or ')}.`,
      allowed,
    );
  };
}
