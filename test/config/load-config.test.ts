import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect } from 'chai';

import { ConfigError } from '../../src/config/config-error.js';
import {
  developmentBearerToken,
  hashBearerToken,
  loadConfig,
} from '../../src/config/load-config.js';

const singleTenant = {
  SCIM_BEARER_TOKEN: 'scim-token-for-tests-0001',
  SYSTAM_API_URL: 'http://127.0.0.1:9',
  SYSTAM_API_TOKEN: 'systam-service-token',
  SYSTAM_ORG_ID: 'org_acme',
};

function configDirectory(files: Record<string, unknown>): string {
  const directory = mkdtempSync(join(tmpdir(), 'gateway-config-'));
  writeFileSync(join(directory, 'default.json'), JSON.stringify(defaults()));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      join(directory, name),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  }
  return directory;
}

function defaults(): Record<string, unknown> {
  return {
    server: {
      host: '127.0.0.1',
      port: 8080,
      bodyLimitBytes: 1048576,
      shutdownGraceMs: 10000,
      requestDeadlineMs: 30000,
    },
    log: { level: 'info' },
    upstream: {
      connectTimeoutMs: 3000,
      requestTimeoutMs: 10000,
      keepAliveTimeoutMs: 30000,
      connections: 32,
      versionConflictRetries: 3,
    },
    workspaceCache: { ttlMs: 300000, maxEntries: 10000 },
    query: { maxResults: 200, scanLimit: 5000 },
    tenants: [],
  };
}

function configError(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    expect(error).to.be.instanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  describe('the project configuration files', () => {
    it('loads config/ for every environment', () => {
      for (const NODE_ENV of ['development', 'test']) {
        const config = loadConfig({ NODE_ENV });

        expect(config.environment).to.equal(NODE_ENV);
        expect(config.server.port).to.equal(8080);
      }
      const production = loadConfig({ NODE_ENV: 'production', ...singleTenant });
      expect(production.server.host).to.equal('0.0.0.0');
    });

    it('defaults to development on 127.0.0.1:8080', () => {
      const config = loadConfig({});

      expect(config.environment).to.equal('development');
      expect(config.server.host).to.equal('127.0.0.1');
      expect(config.server.port).to.equal(8080);
    });
  });

  describe('a single tenant from the environment', () => {
    it('builds the tenant and keeps only the hash of the bearer token', () => {
      const config = loadConfig({ NODE_ENV: 'test', ...singleTenant });

      expect(config.tenants).to.have.length(1);
      const tenant = config.tenants[0];
      expect(tenant?.bearerTokenSha256).to.equal(hashBearerToken(singleTenant.SCIM_BEARER_TOKEN));
      expect(tenant?.systam).to.deep.equal({
        baseUrl: 'http://127.0.0.1:9',
        serviceToken: 'systam-service-token',
        orgId: 'org_acme',
      });
      expect(JSON.stringify(config)).not.to.contain(singleTenant.SCIM_BEARER_TOKEN);
    });

    it('names the missing variables when only some are set', () => {
      const message = configError(() =>
        loadConfig({ NODE_ENV: 'test', SYSTAM_API_URL: 'http://127.0.0.1:9' }),
      );

      expect(message).to.match(/SYSTAM_API_TOKEN/);
      expect(message).to.match(/SYSTAM_ORG_ID/);
      expect(message).to.match(/SCIM_BEARER_TOKEN/);
    });

    it('names the variable and the expected form when a value is malformed', () => {
      const message = configError(() =>
        loadConfig({ NODE_ENV: 'test', ...singleTenant, SYSTAM_ORG_ID: 'acme' }),
      );

      expect(message).to.equal(
        'SYSTAM_ORG_ID must be an organization id such as org_acme, got "acme".',
      );
    });

    it('refuses a SYSTAM_API_URL that already holds the API path /internal/v1', () => {
      const message = configError(() =>
        loadConfig({
          NODE_ENV: 'test',
          ...singleTenant,
          SYSTAM_API_URL: 'http://127.0.0.1:8090/internal/v1',
        }),
      );

      expect(message).to.match(/^SYSTAM_API_URL must not end with \/internal\/v1/);
      expect(message).to.contain('http://127.0.0.1:8090');
    });

    it('refuses a SYSTAM_API_URL that is not an http(s) URL', () => {
      const message = configError(() =>
        loadConfig({ NODE_ENV: 'test', ...singleTenant, SYSTAM_API_URL: 'localhost:8090' }),
      );

      expect(message).to.match(/^SYSTAM_API_URL must be the Systam API origin/);
    });

    it('refuses a bearer token shorter than 16 characters', () => {
      const message = configError(() =>
        loadConfig({ NODE_ENV: 'test', ...singleTenant, SCIM_BEARER_TOKEN: 'short' }),
      );

      expect(message).to.match(/^SCIM_BEARER_TOKEN must be at least 16 characters/);
    });
  });

  describe('the environment', () => {
    it('refuses an unknown NODE_ENV, naming it', () => {
      expect(configError(() => loadConfig({ NODE_ENV: 'staging' }))).to.match(/NODE_ENV.*staging/);
    });

    it('reads PORT, HOST, LOG_LEVEL and BODY_LIMIT_BYTES', () => {
      const config = loadConfig({
        NODE_ENV: 'test',
        PORT: '9091',
        HOST: '::1',
        LOG_LEVEL: 'warn',
        BODY_LIMIT_BYTES: '2048',
      });

      expect(config.server).to.include({ port: 9091, host: '::1', bodyLimitBytes: 2048 });
      expect(config.log.level).to.equal('warn');
    });

    it('names PORT when it is not a port number', () => {
      expect(configError(() => loadConfig({ PORT: 'eighty' }))).to.match(/PORT.*eighty/);
      expect(configError(() => loadConfig({ PORT: '70000' }))).to.match(/PORT/);
    });

    it('names LOG_LEVEL when it is not a level', () => {
      expect(configError(() => loadConfig({ LOG_LEVEL: 'loud' }))).to.equal(
        'LOG_LEVEL must be one of error, warn, info, debug, got "loud".',
      );
    });
  });

  describe('development and production defaults', () => {
    it('serves the embedded demo organization in development without an upstream', () => {
      const config = loadConfig({ NODE_ENV: 'development' });

      expect(config.embeddedSimulator).to.deep.equal({
        bearerToken: developmentBearerToken,
        bearerTokenIsDefault: true,
      });
    });

    it('uses SCIM_BEARER_TOKEN for the embedded organization when set', () => {
      const config = loadConfig({ NODE_ENV: 'development', SCIM_BEARER_TOKEN: 'my-own-token' });

      expect(config.embeddedSimulator?.bearerToken).to.equal('my-own-token');
      expect(config.embeddedSimulator?.bearerTokenIsDefault).to.equal(false);
    });

    it('never starts the simulator in production and stops without a tenant', () => {
      const message = configError(() => loadConfig({ NODE_ENV: 'production' }));

      expect(message).to.match(/No tenant is configured/);
    });

    it('does not start the simulator when a tenant is configured', () => {
      const config = loadConfig({ NODE_ENV: 'development', ...singleTenant });

      expect(config.embeddedSimulator).to.equal(undefined);
    });
  });

  describe('tenants in config/<environment>.json', () => {
    it('reads secrets from the variables the file names', () => {
      const directory = configDirectory({
        'production.json': {
          tenants: [
            {
              id: 'acme',
              bearerTokenEnv: 'ACME_SCIM_TOKEN',
              systam: {
                baseUrl: 'https://api.example.test',
                orgId: 'org_acme',
                serviceTokenEnv: 'ACME_SYSTAM',
              },
            },
            {
              id: 'globex',
              bearerTokenSha256: hashBearerToken('globex-token-0123456789'),
              systam: {
                baseUrl: 'https://api.example.test/',
                orgId: 'org_globex',
                serviceToken: 'inline',
              },
            },
          ],
        },
      });

      const config = loadConfig(
        { NODE_ENV: 'production', ACME_SCIM_TOKEN: 'acme-token-0123456789', ACME_SYSTAM: 'svc' },
        directory,
      );

      expect(config.tenants.map((tenant) => tenant.id)).to.deep.equal(['acme', 'globex']);
      expect(config.tenants[0]?.bearerTokenSha256).to.equal(
        hashBearerToken('acme-token-0123456789'),
      );
      expect(config.tenants[0]?.systam.serviceToken).to.equal('svc');
      expect(config.tenants[1]?.systam.serviceToken).to.equal('inline');
    });

    it('names the variable a tenant needs when it is not set', () => {
      const directory = configDirectory({
        'test.json': {
          tenants: [
            {
              id: 'acme',
              bearerTokenEnv: 'ACME_SCIM_TOKEN',
              systam: { baseUrl: 'https://api.example.test', orgId: 'org_acme', serviceToken: 'x' },
            },
          ],
        },
      });

      expect(configError(() => loadConfig({ NODE_ENV: 'test' }, directory))).to.match(
        /ACME_SCIM_TOKEN/,
      );
    });

    it('names the unknown key rather than the missing one when a key is misspelt', () => {
      const directory = configDirectory({
        'test.json': {
          tenants: [
            {
              id: 'acme',
              bearerToken: 'acme-token-0123456789',
              systam: { baseUrl: 'https://api.example.test', orgID: 'org_acme', serviceToken: 'x' },
            },
          ],
        },
      });

      expect(configError(() => loadConfig({ NODE_ENV: 'test' }, directory))).to.equal(
        'Configuration key tenants.0.systam.orgID is not a known setting.',
      );
    });

    it('refuses an unknown key, naming it, so a typo cannot fall back to a default', () => {
      const directory = configDirectory({ 'test.json': { upstream: { requestTimeout: 5 } } });

      expect(configError(() => loadConfig({ NODE_ENV: 'test' }, directory))).to.match(
        /upstream\.requestTimeout is not a known setting/,
      );
    });

    it('refuses two tenants with the same token', () => {
      const tenant = (id: string) => ({
        id,
        bearerToken: 'same-token-0123456789',
        systam: { baseUrl: 'https://api.example.test', orgId: `org_${id}`, serviceToken: 'x' },
      });
      const directory = configDirectory({ 'test.json': { tenants: [tenant('a'), tenant('b')] } });

      expect(configError(() => loadConfig({ NODE_ENV: 'test' }, directory))).to.match(
        /same bearer token|bearer token another/,
      );
    });

    it('names a file that is not JSON', () => {
      const directory = configDirectory({ 'test.json': '{ not json' });

      expect(configError(() => loadConfig({ NODE_ENV: 'test' }, directory))).to.match(/test\.json/);
    });
  });

  it('freezes the configuration', () => {
    const config = loadConfig({ NODE_ENV: 'test' });

    expect(Object.isFrozen(config)).to.equal(true);
    expect(Object.isFrozen(config.server)).to.equal(true);
  });
});
