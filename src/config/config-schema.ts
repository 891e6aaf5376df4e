/**
 * The shape of config/<environment>.json after merging with config/default.json
 * and the environment. Every key is checked at start-up; an unknown key is an
 * error, so a typo cannot silently fall back to a default.
 */

const positiveMilliseconds = { type: 'integer', minimum: 1, maximum: 3_600_000 };

const tenantSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'systam'],
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,64}$' },
    bearerToken: { type: 'string', minLength: 16 },
    bearerTokenEnv: { type: 'string', minLength: 1 },
    bearerTokenSha256: { type: 'string', pattern: '^[0-9a-f]{64}$' },
    systam: {
      type: 'object',
      additionalProperties: false,
      required: ['baseUrl', 'orgId'],
      properties: {
        baseUrl: { type: 'string', pattern: '^https?://[^\\s/?#]+(/[^\\s?#]*)?$' },
        orgId: { type: 'string', pattern: '^org_[A-Za-z0-9]{1,40}$' },
        serviceToken: { type: 'string', minLength: 1 },
        serviceTokenEnv: { type: 'string', minLength: 1 },
      },
    },
  },
};

export const rawConfigSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['server', 'log', 'upstream', 'workspaceCache', 'query', 'tenants'],
  properties: {
    server: {
      type: 'object',
      additionalProperties: false,
      required: ['host', 'port', 'bodyLimitBytes', 'shutdownGraceMs', 'requestDeadlineMs'],
      properties: {
        host: { type: 'string', minLength: 1 },
        port: { type: 'integer', minimum: 0, maximum: 65535 },
        bodyLimitBytes: { type: 'integer', minimum: 1024, maximum: 104_857_600 },
        shutdownGraceMs: positiveMilliseconds,
        requestDeadlineMs: positiveMilliseconds,
        publicBaseUrl: { type: 'string', pattern: '^https?://[^\\s?#]+$' },
      },
    },
    log: {
      type: 'object',
      additionalProperties: false,
      required: ['level'],
      properties: { level: { enum: ['error', 'warn', 'info', 'debug'] } },
    },
    upstream: {
      type: 'object',
      additionalProperties: false,
      required: [
        'connectTimeoutMs',
        'requestTimeoutMs',
        'keepAliveTimeoutMs',
        'connections',
        'versionConflictRetries',
      ],
      properties: {
        connectTimeoutMs: positiveMilliseconds,
        requestTimeoutMs: positiveMilliseconds,
        keepAliveTimeoutMs: positiveMilliseconds,
        connections: { type: 'integer', minimum: 1, maximum: 1024 },
        versionConflictRetries: { type: 'integer', minimum: 0, maximum: 10 },
      },
    },
    workspaceCache: {
      type: 'object',
      additionalProperties: false,
      required: ['ttlMs', 'maxEntries'],
      properties: {
        ttlMs: positiveMilliseconds,
        maxEntries: { type: 'integer', minimum: 1, maximum: 1_000_000 },
      },
    },
    query: {
      type: 'object',
      additionalProperties: false,
      required: ['maxResults', 'scanLimit'],
      properties: {
        maxResults: { type: 'integer', minimum: 1, maximum: 200 },
        scanLimit: { type: 'integer', minimum: 1, maximum: 1_000_000 },
      },
    },
    tenants: { type: 'array', items: tenantSchema },
  },
} as const;

export interface RawTenant {
  id: string;
  bearerToken?: string;
  bearerTokenEnv?: string;
  bearerTokenSha256?: string;
  systam: { baseUrl: string; orgId: string; serviceToken?: string; serviceTokenEnv?: string };
}

export interface RawConfig {
  server: {
    host: string;
    port: number;
    bodyLimitBytes: number;
    shutdownGraceMs: number;
    requestDeadlineMs: number;
    publicBaseUrl?: string;
  };
  log: { level: 'error' | 'warn' | 'info' | 'debug' };
  upstream: {
    connectTimeoutMs: number;
    requestTimeoutMs: number;
    keepAliveTimeoutMs: number;
    connections: number;
    versionConflictRetries: number;
  };
  workspaceCache: { ttlMs: number; maxEntries: number };
  query: { maxResults: number; scanLimit: number };
  tenants: RawTenant[];
}
