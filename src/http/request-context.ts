import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import { runWithRequestContext, type RequestContext } from '../observability/request-context.js';

// An inbound id is trusted only when it is short and plain, so that a client
// cannot inject text into the logs or the upstream's headers.
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the client's X-Request-Id when it is safe, else
 * a new one), echoes it, and runs the rest of the request inside a context
 * that logs and upstream calls read.
 */
export function requestContext() {
  return function requestContextMiddleware(
    request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    const inbound = request.get('x-request-id');
    const requestId = inbound !== undefined && acceptableRequestId.test(inbound)
      ? inbound
      : randomUUID();
    response.setHeader('X-Request-Id', requestId);

    const context: RequestContext = {
      requestId,
      tenantId: undefined,
      upstreamCalls: [],
      compatibilityRules: new Set(),
    };
    response.locals.requestContext = context;
    runWithRequestContext(context, next);
  };
}
