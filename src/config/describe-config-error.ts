import type { ErrorObject } from 'ajv';

// What a value of each patterned key looks like, for messages that say
// more than the pattern itself.
const expectedForms: Readonly<Record<string, string>> = {
  baseUrl: 'the Systam API origin as an http(s) URL, e.g. https://api.systam.example',
  orgId: 'a Systam organization id such as org_acme',
  publicBaseUrl: 'an http(s) URL such as https://scim.example.com/scim/v2',
  bearerTokenSha256: 'the SHA-256 of the token as 64 lowercase hex digits',
  id: 'letters, digits, "_", "." or "-" (at most 64)',
};

/** One sentence naming the configuration key and what it should hold. */
export function describeConfigError(error: ErrorObject | undefined): string {
  if (error === undefined) return 'The configuration is invalid.';

  const key = error.instancePath.slice(1).replace(/\//g, '.');
  const name = (suffix: string) => [key, suffix].filter((part) => part !== '').join('.');

  switch (error.keyword) {
    case 'additionalProperties': {
      const unknown = name(String(error.params.additionalProperty));
      return `Configuration key ${unknown} is not a known setting.`;
    }
    case 'required':
      return `Configuration key ${name(String(error.params.missingProperty))} is missing.`;
    case 'enum':
      return (
        `Configuration key ${key} must be one of ` +
        `${(error.params.allowedValues as unknown[]).join(', ')}.`
      );
    case 'pattern': {
      const last = key.split('.').at(-1) ?? key;
      return `Configuration key ${key} must be ${expectedForms[last] ?? 'of another form'}.`;
    }
    case 'minLength':
      return `Configuration key ${key} must be at least ${String(error.params.limit)} characters.`;
    default:
      return `Configuration key ${key || '(top level)'} ${error.message ?? 'is invalid'}.`;
  }
}
