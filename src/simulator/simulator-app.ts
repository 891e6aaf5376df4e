import express, { type RequestHandler } from 'express';

import { createBodyReader } from './body-reader.js';
import { answerNotFound, writeErrors } from './error-writer.js';
import { applyFaults, type FaultInjector } from './fault-injector.js';
import { recordRequests, type RequestLog } from './request-log.js';
import { mountScimLinkRoutes } from './scim-link-routes.js';
import type { SimulatorState } from './simulator-state.js';
import { mountUserRoutes } from './user-routes.js';
import { mountWorkspaceRoutes } from './workspace-routes.js';

export interface SimulatorAppOptions {
  readonly state: SimulatorState;
  readonly requestLog: RequestLog;
  readonly faults: FaultInjector;
  /** Larger request bodies answer 413 PAYLOAD_TOO_LARGE. */
  readonly bodyLimitBytes: number;
  /** Told about every failure the simulator did not mean (a 500 nobody injected). */
  readonly reportFault: (error: unknown) => void;
}

/** The Systam internal REST API as an Express app; it never listens (see start-simulator). */
export function createSimulatorApp(options: SimulatorAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // ETags belong to users only, and carry their version; Express must not add its own.
  app.set('etag', false);
  app.set('query parser', 'simple');

  app.use(recordRequests(options.requestLog));
  app.use(echoRequestId);
  app.use(applyFaults(options.faults));

  const router = express.Router({ caseSensitive: true });
  const readBody = createBodyReader(options.state.contract, options.bodyLimitBytes);
  mountWorkspaceRoutes(router, options.state);
  mountUserRoutes(router, options.state, readBody);
  mountScimLinkRoutes(router, options.state, readBody);
  app.use(router);

  app.use(answerNotFound);
  app.use(writeErrors(options.reportFault));
  return app;
}

const echoRequestId: RequestHandler = function echoRequestId(req, res, next) {
  const requestId = req.get('X-Request-Id');
  if (requestId !== undefined) res.set('X-Request-Id', requestId);
  next();
};
