import type { Request } from 'express';

import { InvalidFilterError, InvalidValueError } from '../scim/errors.js';

/**
 * A query parameter given at most once. Unknown parameters are ignored
 * (RFC 7644 section 3.4.2), such as the aadOptscim062020 flag that Entra
 * administrators append to the Tenant URL.
 */
export function singleQueryValue(request: Request, name: string): string | undefined {
  const value = (request.query as Record<string, unknown>)[name];
  if (value === undefined || typeof value === 'string') return value;

  const detail = `The query parameter ${name} must be given once, as plain text.`;
  throw name === 'filter' ? new InvalidFilterError(detail) : new InvalidValueError(detail);
}
