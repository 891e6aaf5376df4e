import type { Request } from 'express';

import type { RequestOrigin } from '../provisioning/provisioning-context.js';

/**
 * The base URL that `meta.location` and `Location` are built on: the
 * configured public URL when there is one (behind a proxy that terminates
 * TLS, the request alone cannot tell), else what the request was sent to.
 */
export function requestOrigin(request: Request, publicBaseUrl: string | undefined): RequestOrigin {
  if (publicBaseUrl !== undefined) return { baseUrl: publicBaseUrl };
  return { baseUrl: `${request.protocol}://${request.get('host') ?? 'localhost'}${request.baseUrl}` };
}
