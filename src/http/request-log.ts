import type { NextFunction, Request, Response } from 'express';

import type { Logger } from '../observability/logger.js';
import type { RequestContext } from '../observability/request-context.js';
import { scimBasePath } from './scim-base-path.js';

/**
 * One line per request when it ends: method, route, status, duration,
 * tenant, request id, the upstream calls it cost and the compatibility
 * rules it needed. Only these fields: never a URL with its query, a header
 * or a body, which carry tokens and personal data.
 */
export function requestLog(logger: Logger) {
  return function requestLogMiddleware(
    request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    const started = performance.now();

    // 'close' comes for every request, answered or abandoned by its client.
    response.once('close', () => {
      const context = response.locals.requestContext as RequestContext | undefined;
      const status = response.statusCode;
      const level = status >= 500 ? 'error' : 'info';

      logger.log(level, 'request completed', {
        requestId: context?.requestId,
        tenant: context?.tenantId,
        method: request.method,
        route: routeOf(request),
        status,
        durationMs: Math.round(performance.now() - started),
        ...(!response.writableFinished && { clientGone: true }),
        upstreamCalls: context?.upstreamCalls ?? [],
        ...(context !== undefined &&
          context.compatibilityRules.size > 0 && {
            compatibilityRules: [...context.compatibilityRules],
          }),
      });
    });
    next();
  };
}

// The route pattern (/scim/v2/Users/:id), not the path: ids and filter
// values stay out of the log. Read when the response ends, after Express
// has left the router and reset baseUrl, so the SCIM base is added here.
function routeOf(request: Request): string {
  const pattern = (request.route as { path?: unknown } | undefined)?.path;
  if (typeof pattern !== 'string') return 'unmatched';
  return request.originalUrl.startsWith(scimBasePath) ? `${scimBasePath}${pattern}` : pattern;
}
