import type { Request } from 'express';

import { parseEntityTags } from '../mapping/entity-tag.js';
import type { Preconditions } from '../provisioning/preconditions.js';

/** The If-Match / If-None-Match headers of a request (RFC 7644 section 3.14). */
export function readPreconditions(request: Request): Preconditions {
  const ifMatch = request.get('if-match');
  const ifNoneMatch = request.get('if-none-match');

  return {
    ...(ifMatch !== undefined && {
      ifMatch: parseEntityTags(ifMatch, 'strong') ?? 'unreadable',
    }),
    ...(ifNoneMatch !== undefined && {
      ifNoneMatch: parseEntityTags(ifNoneMatch, 'weak') ?? 'unreadable',
    }),
  };
}
