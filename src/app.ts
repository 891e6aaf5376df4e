import express, { type Express } from 'express';
import { Agent } from 'undici';

import { buildTenants } from './build-tenants.js';
import type { GatewayConfig, TenantConfig } from './config/gateway-config.js';
import { authenticate } from './http/authenticate.js';
import { requestContext } from './http/request-context.js';
import { requestLog } from './http/request-log.js';
import { scimBasePath } from './http/scim-base-path.js';
import { discoveryRouter } from './http/routes/discovery-router.js';
import { groupsRouter } from './http/routes/groups-router.js';
import type { RouteDependencies } from './http/routes/route-dependencies.js';
import { unsupportedRouter } from './http/routes/unsupported-router.js';
import { usersRouter } from './http/routes/users-router.js';
import { writeError } from './http/write-error.js';
import type { Logger } from './observability/logger.js';
import type { Tenant } from './provisioning/tenant.js';
import { InvalidVersionError, NotFoundError } from './scim/errors.js';
import { readSchemaFiles } from './scim/schema/schema-files.js';
import { buildUserResourceType } from './scim/schema/user-resource-type.js';
import { createValidators } from './scim/schema/validators.js';
import { loadSystamContract } from './upstream/systam-contract.js';

export { scimBasePath };

export interface GatewayOptions {
  readonly config: GatewayConfig;
  readonly logger: Logger;
  /** The tenants to serve; the configured ones unless the entry point adds the embedded one. */
  readonly tenants?: readonly TenantConfig[];
}

export interface Gateway {
  readonly app: Express;
  /** The tenants served, for start-up checks. */
  readonly tenants: readonly Tenant[];
  /** Closes the upstream connections; the HTTP server is closed by whoever listens. */
  close(): Promise<void>;
}

/** Assembles the gateway: schemas, tenants, middleware and routers. It never listens. */
export function createGateway(options: GatewayOptions): Gateway {
  const { config, logger } = options;

  const schemaFiles = readSchemaFiles();
  const userType = buildUserResourceType(schemaFiles);
  const dependencies: RouteDependencies = {
    provisioning: {
      userType,
      validators: createValidators(schemaFiles, userType),
      logger,
      versionConflictRetries: config.upstream.versionConflictRetries,
      maxResults: config.query.maxResults,
      scanLimit: config.query.scanLimit,
    },
    publicBaseUrl: config.server.publicBaseUrl,
    bodyLimitBytes: config.server.bodyLimitBytes,
  };

  const agent = new Agent({
    connections: config.upstream.connections,
    keepAliveTimeout: config.upstream.keepAliveTimeoutMs,
    connect: { timeout: config.upstream.connectTimeoutMs },
    headersTimeout: config.upstream.requestTimeoutMs,
    bodyTimeout: config.upstream.requestTimeoutMs,
  });
  const tenants = buildTenants(
    config,
    options.tenants ?? config.tenants,
    agent,
    loadSystamContract(),
  );

  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });

  app.use(requestContext(config.server.requestDeadlineMs));
  app.use(requestLog(logger));
  app.use(scimBasePath, scimRouter(dependencies, tenants));
  app.use('/scim/:version', rejectOtherVersions);
  app.use(() => {
    throw new NotFoundError(`Not a SCIM endpoint; the SCIM base is ${scimBasePath}.`);
  });
  app.use(writeError(logger));

  return { app, tenants: [...tenants.values()], close: () => agent.close() };
}

// RFC 7644 section 3.13: the protocol version is part of the path, and a
// version the gateway does not speak answers 400 invalidVers.
function rejectOtherVersions(request: express.Request, _response: unknown, next: () => void): void {
  if (!/^v\d+$/i.test(String(request.params.version))) {
    next();
    return;
  }
  throw new InvalidVersionError(
    `SCIM ${String(request.params.version)} is not supported; this gateway speaks SCIM 2.0 at ` +
      `${scimBasePath}.`,
  );
}

function scimRouter(
  dependencies: RouteDependencies,
  tenants: ReturnType<typeof buildTenants>,
): express.Router {
  const router = express.Router();

  router.use(authenticate(tenants));
  router.use(usersRouter(dependencies));
  router.use(groupsRouter(dependencies.provisioning.maxResults));
  router.use(discoveryRouter(dependencies));
  router.use(unsupportedRouter());
  router.use((request) => {
    throw new NotFoundError(`No SCIM endpoint at ${request.path.slice(0, 64)}.`);
  });

  return router;
}
