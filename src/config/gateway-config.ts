/** The gateway's configuration, read once at start-up and frozen. */

export type Environment = 'development' | 'test' | 'production';
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';

export interface TenantConfig {
  /** A short name for logs; never a secret. */
  readonly id: string;
  /** SHA-256 (hex) of the SCIM bearer token; the token itself is not kept. */
  readonly bearerTokenSha256: string;
  readonly systam: {
    readonly baseUrl: string;
    readonly serviceToken: string;
    readonly orgId: string;
  };
}

export interface GatewayConfig {
  readonly environment: Environment;
  readonly server: {
    readonly host: string;
    readonly port: number;
    /** Largest accepted request body; larger ones answer 413. */
    readonly bodyLimitBytes: number;
    /** How long a stopping process waits for requests in flight. */
    readonly shutdownGraceMs: number;
    /**
     * The most time one SCIM request may spend on Systam calls, however many
     * it needs; past it the request answers 504.
     */
    readonly requestDeadlineMs: number;
    /**
     * Base of `meta.location` and `Location`, e.g. https://scim.example.com/scim/v2.
     * When unset, it is derived from each request's Host header.
     */
    readonly publicBaseUrl: string | undefined;
  };
  readonly log: {
    readonly level: LogLevel;
  };
  readonly upstream: {
    readonly connectTimeoutMs: number;
    /** Time allowed for the upstream's answer headers, then for its body. */
    readonly requestTimeoutMs: number;
    readonly keepAliveTimeoutMs: number;
    /** Concurrent connections per upstream origin. */
    readonly connections: number;
    /** Read-modify-write attempts when the upstream reports a stale version (412). */
    readonly versionConflictRetries: number;
  };
  readonly workspaceCache: {
    readonly ttlMs: number;
    readonly maxEntries: number;
  };
  readonly query: {
    /** Largest page a client can ask for (ServiceProviderConfig filter.maxResults). */
    readonly maxResults: number;
    /**
     * Most users a filter the upstream cannot answer may scan before the
     * gateway answers 400 tooMany instead of a slow scan.
     */
    readonly scanLimit: number;
  };
  readonly tenants: readonly TenantConfig[];
  /**
   * Development only: with no upstream configured, the gateway serves the
   * demo organization through the embedded Systam simulator. Undefined
   * whenever a tenant is configured.
   */
  readonly embeddedSimulator:
    | {
        readonly bearerToken: string;
        readonly bearerTokenIsDefault: boolean;
      }
    | undefined;
}
