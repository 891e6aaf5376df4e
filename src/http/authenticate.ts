import type { NextFunction, Request, Response } from 'express';

import { hashBearerToken } from '../config/load-config.js';
import type { RequestContext } from '../observability/request-context.js';
import type { Tenant } from '../provisioning/tenant.js';
import { UnauthorizedError } from '../scim/errors.js';

const bearerScheme = /^Bearer[ ]+([A-Za-z0-9\-._~+/]+=*)[ ]*$/i;

/**
 * Finds the tenant of a request from its bearer token (RFC 6750). Tokens are
 * compared by their SHA-256, so the configuration need not hold them and a
 * lookup takes the same time whatever the token.
 */
export function authenticate(tenantsByTokenHash: ReadonlyMap<string, Tenant>) {
  return function authenticateMiddleware(
    request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    const match = bearerScheme.exec(request.get('authorization') ?? '');
    const tenant =
      match?.[1] === undefined ? undefined : tenantsByTokenHash.get(hashBearerToken(match[1]));

    if (tenant === undefined) {
      throw new UnauthorizedError(
        match === null
          ? 'The request has no bearer token: send "Authorization: Bearer <token>".'
          : 'The bearer token is not valid for this gateway; check the Secret Token in the ' +
              'provisioning settings.',
      );
    }

    response.locals.tenant = tenant;
    (response.locals.requestContext as RequestContext).tenantId = tenant.id;
    next();
  };
}

export function tenantOf(response: Response): Tenant {
  return response.locals.tenant as Tenant;
}
