import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Ajv2020 } from 'ajv/dist/2020.js';

import { configDirectory } from '../project-paths.js';
import { ConfigError } from './config-error.js';
import { rawConfigSchema, type RawConfig, type RawTenant } from './config-schema.js';
import { describeConfigError } from './describe-config-error.js';
import { readEnvironmentOverrides } from './environment-overrides.js';
import { assertApiOrigin, readSingleTenantValues } from './single-tenant-values.js';
import type { Environment, GatewayConfig, TenantConfig } from './gateway-config.js';

const environments: readonly Environment[] = ['development', 'test', 'production'];

/** The token the development default accepts when SCIM_BEARER_TOKEN is unset. */
export const developmentBearerToken = 'dev-token';

/**
 * Reads config/default.json, then config/<NODE_ENV>.json, then the environment
 * variables, validates the result and freezes it. This is the only module
 * that reads process.env; a problem throws a ConfigError naming the key.
 */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  directory: string = configDirectory,
): GatewayConfig {
  const environment = readEnvironment(env);

  const fromFiles = mergeDeep(
    readConfigFile(join(directory, 'default.json')),
    readConfigFile(join(directory, `${environment}.json`)),
  );
  const raw = validateRawConfig(mergeDeep(fromFiles, readEnvironmentOverrides(env)));

  const tenants = raw.tenants.map((tenant) => resolveTenant(tenant, env));
  const singleTenant = readSingleTenant(env);
  if (singleTenant !== undefined) tenants.push(singleTenant);
  assertUniqueTenants(tenants);

  const embeddedSimulator = decideEmbeddedSimulator(environment, tenants, env);
  if (environment === 'production' && tenants.length === 0) {
    throw new ConfigError(
      'No tenant is configured: set SCIM_BEARER_TOKEN, SYSTAM_API_URL, SYSTAM_API_TOKEN and ' +
        'SYSTAM_ORG_ID, or list tenants in config/production.json.',
    );
  }

  return deepFreeze({
    environment,
    server: { ...raw.server, publicBaseUrl: raw.server.publicBaseUrl?.replace(/\/+$/, '') },
    log: raw.log,
    upstream: raw.upstream,
    workspaceCache: raw.workspaceCache,
    query: raw.query,
    tenants,
    embeddedSimulator,
  });
}

export function hashBearerToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const value = env.NODE_ENV ?? 'development';
  if (!(environments as readonly string[]).includes(value)) {
    throw new ConfigError(`NODE_ENV must be one of ${environments.join(', ')}, got "${value}".`);
  }
  return value as Environment;
}

function readConfigFile(path: string): Record<string, unknown> {
  if (!existsSync(path)) return {};

  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    if (!isPlainObject(parsed)) throw new Error('the top level must be an object');
    return parsed;
  } catch (error) {
    throw new ConfigError(`${path} cannot be read: ${(error as Error).message}`);
  }
}

function validateRawConfig(raw: Record<string, unknown>): RawConfig {
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile<RawConfig>(
    rawConfigSchema,
  );
  if (validate(raw)) return raw;

  // An unknown key is usually the typo behind a "missing" one: name it first.
  const errors = [...(validate.errors ?? [])].sort((a, b) => rankOf(a.keyword) - rankOf(b.keyword));
  throw new ConfigError(describeConfigError(errors[0]));
}

function rankOf(keyword: string): number {
  return keyword === 'additionalProperties' ? 0 : 1;
}

function resolveTenant(tenant: RawTenant, env: NodeJS.ProcessEnv): TenantConfig {
  const where = `tenant ${tenant.id}`;
  assertApiOrigin(tenant.systam.baseUrl, `Configuration key ${where} systam.baseUrl`);
  const bearerTokenSha256 =
    tenant.bearerTokenSha256 ??
    hashBearerToken(
      secretOf(tenant.bearerToken, tenant.bearerTokenEnv, env, `${where} bearerToken`),
    );
  const serviceToken = secretOf(
    tenant.systam.serviceToken,
    tenant.systam.serviceTokenEnv,
    env,
    `${where} systam.serviceToken`,
  );

  return {
    id: tenant.id,
    bearerTokenSha256,
    systam: { baseUrl: tenant.systam.baseUrl, orgId: tenant.systam.orgId, serviceToken },
  };
}

// Secrets may be written inline (development) or named by an environment
// variable, so that config files can be committed without them.
function secretOf(
  inline: string | undefined,
  variable: string | undefined,
  env: NodeJS.ProcessEnv,
  key: string,
): string {
  if (inline !== undefined && variable !== undefined) {
    throw new ConfigError(`Configuration key ${key}: give the value or its variable, not both.`);
  }
  if (inline !== undefined) return inline;
  if (variable === undefined) throw new ConfigError(`Configuration key ${key} is missing.`);

  const value = env[variable];
  if (value === undefined || value === '') {
    throw new ConfigError(`Environment variable ${variable} (for ${key}) is not set.`);
  }
  return value;
}

const singleTenantVariables = ['SYSTAM_API_URL', 'SYSTAM_API_TOKEN', 'SYSTAM_ORG_ID'] as const;

function readSingleTenant(env: NodeJS.ProcessEnv): TenantConfig | undefined {
  const present = singleTenantVariables.filter((name) => (env[name] ?? '') !== '');
  if (present.length === 0) return undefined;

  const missing = [...singleTenantVariables, 'SCIM_BEARER_TOKEN'].filter(
    (name) => (env[name] ?? '') === '',
  );
  if (missing.length > 0) {
    throw new ConfigError(
      `${missing.join(', ')} must be set together with ${present.join(', ')} ` +
        'to configure a tenant from the environment.',
    );
  }

  readSingleTenantValues(env);
  const raw: RawTenant = {
    id: 'default',
    bearerToken: env.SCIM_BEARER_TOKEN,
    systam: {
      baseUrl: env.SYSTAM_API_URL ?? '',
      serviceToken: env.SYSTAM_API_TOKEN,
      orgId: env.SYSTAM_ORG_ID ?? '',
    },
  };
  validateRawConfig(mergeDeep(exampleRawConfig(), { tenants: [raw] }));
  return resolveTenant(raw, env);
}

function assertUniqueTenants(tenants: readonly TenantConfig[]): void {
  const ids = new Set<string>();
  const tokens = new Set<string>();
  for (const tenant of tenants) {
    if (ids.has(tenant.id)) throw new ConfigError(`Tenant id ${tenant.id} is configured twice.`);
    if (tokens.has(tenant.bearerTokenSha256)) {
      throw new ConfigError(`Tenant ${tenant.id} uses a bearer token another tenant uses.`);
    }
    ids.add(tenant.id);
    tokens.add(tenant.bearerTokenSha256);
  }
}

function decideEmbeddedSimulator(
  environment: Environment,
  tenants: readonly TenantConfig[],
  env: NodeJS.ProcessEnv,
): GatewayConfig['embeddedSimulator'] {
  if (environment !== 'development' || tenants.length > 0) return undefined;

  const token = env.SCIM_BEARER_TOKEN;
  const isDefault = token === undefined || token === '';
  return {
    bearerToken: isDefault ? developmentBearerToken : token,
    bearerTokenIsDefault: isDefault,
  };
}

// A complete, valid configuration used only to check a tenant built from
// environment variables with the same schema as tenants from files.
function exampleRawConfig(): Record<string, unknown> {
  return readConfigFile(join(configDirectory, 'default.json'));
}

function mergeDeep(
  base: Record<string, unknown>,
  override: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = merged[key];
    merged[key] =
      isPlainObject(current) && isPlainObject(value) ? mergeDeep(current, value) : value;
  }
  return merged;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
