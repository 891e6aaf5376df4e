import { randomUUID } from 'node:crypto';

import type { NextFunction, Request, Response } from 'express';

import {
  ClientGone,
  RequestDeadlineExceeded,
  runWithRequestContext,
  type RequestContext,
} from '../observability/request-context.js';

// An inbound id is trusted only when it is short and plain, so that a client
// cannot inject text into the logs or the upstream's headers.
const acceptableRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request an id (the client's X-Request-Id when it is safe, else
 * a new one), echoes it, and runs the rest of the request inside a context
 * that logs and upstream calls read. The context's signal ends the request's
 * upstream work at its deadline, or as soon as the client disconnects.
 */
export function requestContext(deadlineMs: number) {
  return function requestContextMiddleware(
    request: Request,
    response: Response,
    next: NextFunction,
  ): void {
    const inbound = request.get('x-request-id');
    const requestId =
      inbound !== undefined && acceptableRequestId.test(inbound) ? inbound : randomUUID();
    response.setHeader('X-Request-Id', requestId);

    const controller = new AbortController();
    const deadline = setTimeout(
      () => controller.abort(new RequestDeadlineExceeded(`no answer within ${deadlineMs} ms`)),
      deadlineMs,
    );
    response.once('close', () => {
      clearTimeout(deadline);
      if (!response.writableFinished) controller.abort(new ClientGone('the client disconnected'));
    });

    const context: RequestContext = {
      requestId,
      tenantId: undefined,
      upstreamCalls: [],
      compatibilityRules: new Set(),
      signal: controller.signal,
    };
    response.locals.requestContext = context;
    runWithRequestContext(context, next);
  };
}
