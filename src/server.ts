import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createGateway, scimBasePath } from './app.js';
import { ConfigError } from './config/config-error.js';
import type { GatewayConfig, TenantConfig } from './config/gateway-config.js';
import { hashBearerToken, loadConfig } from './config/load-config.js';
import { defaultSeedFile } from './config/simulator-settings.js';
import { createLogger, type Logger } from './observability/logger.js';
import { checkTenantUpstream } from './provisioning/check-tenant-upstream.js';
import type { Tenant } from './provisioning/tenant.js';
import { readSeedFile } from './simulator/seed.js';
import { startSimulator, type RunningSimulator } from './simulator/start-simulator.js';

/**
 * The gateway process: reads the configuration, starts the embedded Systam
 * simulator when development has no upstream, listens, and drains requests
 * in flight when asked to stop.
 */
async function main(): Promise<void> {
  const config = readConfigOrExit();
  const logger = createLogger({ level: config.log.level });

  const embedded = config.embeddedSimulator;
  const simulator = embedded === undefined ? undefined : await startEmbeddedSimulator();
  const tenants =
    simulator === undefined || embedded === undefined
      ? config.tenants
      : [embeddedTenant(embedded.bearerToken, simulator.runningSimulator, simulator.organization)];

  const gateway = createGateway({ config, logger, tenants });
  const server = createServer(gateway.app);
  // Longer than the idle timeout of common load balancers (60 s), so that the
  // balancer, not the gateway, closes idle connections.
  server.keepAliveTimeout = 65_000;
  server.requestTimeout = 60_000;

  await listenOrExit(server, config.server.port, config.server.host);
  const address = server.address() as AddressInfo;
  logger.info('gateway listening', {
    environment: config.environment,
    url: `http://${formatHost(address)}:${address.port}${scimBasePath}`,
    tenants: tenants.map((tenant) => tenant.id),
    embeddedSimulator: simulator !== undefined,
  });
  if (embedded !== undefined) announceDevelopmentDefault(embedded, address);
  void reportUpstreamChecks(gateway.tenants, logger);

  const stop = async (signal: string) => {
    logger.info('gateway stopping', { signal });
    await drain(server, config.server.shutdownGraceMs);
    await gateway.close();
    await simulator?.runningSimulator.close();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void stop(signal));
  process.once('SIGINT', (signal) => void stop(signal));
  watchForCrashes(logger);
}

// A wrong URL, token or organization id shows in the log at start-up; the
// gateway serves anyway, as Systam may only be down for a moment.
async function reportUpstreamChecks(tenants: readonly Tenant[], logger: Logger): Promise<void> {
  for (const check of await Promise.all(tenants.map(checkTenantUpstream))) {
    if (check.ok) logger.info('tenant upstream reachable', { tenant: check.tenant });
    else
      logger.error('tenant upstream check failed', {
        tenant: check.tenant,
        problem: check.problem,
      });
  }
}

function readConfigOrExit(): GatewayConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`Configuration error: ${error.message}\n`);
    process.exit(1);
  }
}

async function startEmbeddedSimulator() {
  const seed = readSeedFile(defaultSeedFile);
  const organization = seed.organizations[0];
  if (organization === undefined) throw new Error(`${defaultSeedFile} holds no organization`);

  const runningSimulator = await startSimulator({ seed, host: '127.0.0.1', port: 0 });
  return { runningSimulator, organization };
}

function embeddedTenant(
  bearerToken: string,
  simulator: RunningSimulator,
  organization: { id: string; serviceToken: string },
): TenantConfig {
  return {
    id: 'demo',
    bearerTokenSha256: hashBearerToken(bearerToken),
    systam: {
      baseUrl: simulator.url,
      serviceToken: organization.serviceToken,
      orgId: organization.id,
    },
  };
}

// The documented development default is printed so that a newcomer can
// connect at once; a token the operator chose is never printed.
function announceDevelopmentDefault(
  embedded: NonNullable<GatewayConfig['embeddedSimulator']>,
  address: AddressInfo,
): void {
  const token = embedded.bearerTokenIsDefault
    ? `the development default "${embedded.bearerToken}"`
    : 'the value of SCIM_BEARER_TOKEN';
  process.stdout.write(
    `Development mode: serving the demo organization through the embedded Systam simulator.\n` +
      `SCIM base URL: http://${formatHost(address)}:${address.port}${scimBasePath}\n` +
      `Bearer token: ${token}.\n`,
  );
}

async function listenOrExit(server: Server, port: number, host: string): Promise<void> {
  try {
    await listen(server, port, host);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'EADDRINUSE'
        ? `port ${port} on ${host} is already in use; set PORT to another port`
        : (error as Error).message;
    process.stderr.write(`The gateway cannot listen: ${reason}.\n`);
    process.exit(1);
  }
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

// Stops accepting connections, lets requests in flight finish, and cuts
// what is left when the grace period ends.
async function drain(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();

  const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(deadline);
}

function watchForCrashes(logger: Logger): void {
  process.on('unhandledRejection', (reason) => {
    logger.error('unhandled rejection', { reason: String(reason) });
  });
}

function formatHost(address: AddressInfo): string {
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}

await main();
