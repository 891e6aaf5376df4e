import request from 'supertest';

import { createGateway, type Gateway } from '../../src/app.js';
import type { GatewayConfig } from '../../src/config/gateway-config.js';
import { loadConfig } from '../../src/config/load-config.js';
import { defaultSeedFile } from '../../src/config/simulator-settings.js';
import { createLogger } from '../../src/observability/logger.js';
import { readSeedFile, type SimulatorSeed } from '../../src/simulator/seed.js';
import { startSimulator, type RunningSimulator } from '../../src/simulator/start-simulator.js';
import { MemoryLog } from './memory-log.js';

export const scimTestToken = 'test-scim-token-0123456789';
export const demoOrgId = 'org_demo';
export const coreUserUrn = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const systamUserUrn = 'urn:ietf:params:scim:schemas:extension:systam:2.0:User';
export const patchOpUrn = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';

export interface TestGatewayOptions {
  /** The seed the simulator starts from; the demo organization by default. */
  readonly seed?: SimulatorSeed;
  /** Environment variables besides the single-tenant ones (LOG_LEVEL, BODY_LIMIT_BYTES, …). */
  readonly env?: Readonly<Record<string, string>>;
  /** Changes to the loaded configuration (scan limit, timeouts, …). */
  readonly adjust?: (config: GatewayConfig) => GatewayConfig;
}

/**
 * A real gateway in front of a real Systam simulator on loopback, configured
 * the way an operator would (environment variables through loadConfig).
 * Requests go through supertest; the simulator's request log shows what the
 * gateway sent upstream.
 */
export class TestGateway {
  readonly simulator: RunningSimulator;
  readonly gateway: Gateway;
  readonly config: GatewayConfig;
  readonly log: MemoryLog;

  private constructor(
    simulator: RunningSimulator,
    gateway: Gateway,
    config: GatewayConfig,
    log: MemoryLog,
  ) {
    this.simulator = simulator;
    this.gateway = gateway;
    this.config = config;
    this.log = log;
  }

  static async start(options: TestGatewayOptions = {}): Promise<TestGateway> {
    const seed = options.seed ?? readSeedFile(defaultSeedFile);
    const simulator = await startSimulator({ seed, reportFault: () => undefined });
    const organization = seed.organizations[0];
    if (organization === undefined) throw new Error('the seed has no organization');

    const loaded = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      SCIM_BEARER_TOKEN: scimTestToken,
      SYSTAM_API_URL: simulator.url,
      SYSTAM_API_TOKEN: organization.serviceToken,
      SYSTAM_ORG_ID: organization.id,
      ...options.env,
    });
    const config = options.adjust?.(loaded) ?? loaded;

    const log = new MemoryLog();
    const logger = createLogger({ level: config.log.level, transports: [log] });
    return new TestGateway(simulator, createGateway({ config, logger }), config, log);
  }

  /** A request to a SCIM path (relative to /scim/v2) with the tenant's token. */
  get(path: string): request.Test {
    return this.#authorized(request(this.gateway.app).get(scimPath(path)));
  }

  post(path: string, body?: unknown): request.Test {
    return this.#withBody(request(this.gateway.app).post(scimPath(path)), body);
  }

  put(path: string, body?: unknown): request.Test {
    return this.#withBody(request(this.gateway.app).put(scimPath(path)), body);
  }

  patch(path: string, body?: unknown): request.Test {
    return this.#withBody(request(this.gateway.app).patch(scimPath(path)), body);
  }

  delete(path: string): request.Test {
    return this.#authorized(request(this.gateway.app).delete(scimPath(path)));
  }

  /** A request without a token, for authentication tests and raw bodies. */
  raw(): ReturnType<typeof request> {
    return request(this.gateway.app);
  }

  /** The calls the gateway made upstream since the last clear, as "METHOD /path". */
  upstreamCalls(): string[] {
    return this.simulator.requests.map((entry) => `${entry.method} ${entry.path}`);
  }

  async close(): Promise<void> {
    await this.gateway.close();
    await this.simulator.close();
  }

  #authorized(test: request.Test): request.Test {
    return test.set('Authorization', `Bearer ${scimTestToken}`);
  }

  #withBody(test: request.Test, body: unknown): request.Test {
    const authorized = this.#authorized(test).set('Content-Type', 'application/scim+json');
    return body === undefined ? authorized : authorized.send(JSON.stringify(body));
  }
}

export function scimPath(path: string): string {
  return `/scim/v2${path.startsWith('/') ? '' : '/'}${path}`;
}

/** A complete User resource as Entra creates one, with overrides. */
export function entraUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    schemas: [coreUserUrn, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    externalId: 'avery',
    userName: 'avery.lin@example.com',
    active: true,
    displayName: 'Avery Lin',
    emails: [{ primary: true, type: 'work', value: 'avery.lin@example.com' }],
    meta: { resourceType: 'User' },
    name: { formatted: 'Avery Lin', familyName: 'Lin', givenName: 'Avery' },
    [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
    ...overrides,
  };
}
