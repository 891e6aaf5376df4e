import { ConfigError } from './config-error.js';

const minimumTokenLength = 16;
const orgIdPattern = /^org_[A-Za-z0-9]{1,40}$/;

/**
 * Checks the variables of a tenant configured by environment alone, so that
 * a mistake is reported under the variable's own name.
 */
export function readSingleTenantValues(env: NodeJS.ProcessEnv): void {
  const token = env.SCIM_BEARER_TOKEN ?? '';
  if (token.length < minimumTokenLength) {
    throw new ConfigError(
      `SCIM_BEARER_TOKEN must be at least ${minimumTokenLength} characters; generate one with ` +
        '"openssl rand -hex 32".',
    );
  }

  assertApiOrigin(env.SYSTAM_API_URL ?? '', 'SYSTAM_API_URL');

  const orgId = env.SYSTAM_ORG_ID ?? '';
  if (!orgIdPattern.test(orgId)) {
    throw new ConfigError(
      `SYSTAM_ORG_ID must be an organization id such as org_acme, got "${orgId}".`,
    );
  }
}

/**
 * The Systam base URL is the API's origin (plus a prefix where a proxy adds
 * one); the gateway appends /internal/v1 itself.
 */
export function assertApiOrigin(value: string, name: string): void {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }

  if (url === undefined || !['http:', 'https:'].includes(url.protocol)) {
    throw new ConfigError(
      `${name} must be the Systam API origin as an http(s) URL, e.g. https://api.systam.example.`,
    );
  }
  if (/\/internal\/v1\/?$/.test(url.pathname)) {
    throw new ConfigError(
      `${name} must not end with /internal/v1: give the origin (e.g. ${url.origin}); ` +
        'the gateway adds the API path itself.',
    );
  }
}
