import type { Request } from 'express';

import type { RequestOrigin } from '../provisioning/provisioning-context.js';
import { scimBasePath } from './scim-base-path.js';

// A host name or address with an optional port: anything else in a Host
// header (paths, queries, spaces) must not end up in a Location header.
const plainHost = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

/**
 * The base URL that `meta.location` and `Location` are built on: the
 * configured public URL when there is one (behind a proxy that terminates
 * TLS, the request alone cannot tell), else what the request was sent to.
 */
export function requestOrigin(request: Request, publicBaseUrl: string | undefined): RequestOrigin {
  if (publicBaseUrl !== undefined) return { baseUrl: publicBaseUrl };

  const host = request.get('host') ?? '';
  const safeHost = plainHost.test(host) ? host : 'localhost';
  return { baseUrl: `${request.protocol}://${safeHost}${scimBasePath}` };
}
