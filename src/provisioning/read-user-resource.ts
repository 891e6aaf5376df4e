import { fromScimUser } from '../mapping/from-scim-user.js';
import type { RequestedUser } from '../mapping/requested-user.js';
import { InvalidSyntaxError } from '../scim/errors.js';
import { normalizeResource } from '../scim/resource/normalize-resource.js';
import { isPlainObject, type ScimResource } from '../scim/resource/scim-resource.js';
import type { ProvisioningContext } from './provisioning-context.js';

/**
 * Brings a User resource sent by a client (POST, PUT) into canonical form:
 * attribute names in schema spelling, nulls dropped, "True"/"False" read as
 * booleans, attributes Systam does not keep left out (and logged).
 */
export function normalizeUserBody(context: ProvisioningContext, body: unknown): ScimResource {
  if (!isPlainObject(body)) {
    throw new InvalidSyntaxError('The request body must be a JSON object holding a User resource.');
  }

  // The canonical resource holds `schemas` under its own spelling, whatever
  // letter case the client used (RFC 7643 section 2.1).
  const { resource, ignoredAttributes } = normalizeResource(body, context.userType);
  assertUserSchemaListed(context, resource.schemas);
  logIgnoredAttributes(context, ignoredAttributes);
  return resource;
}

/**
 * Checks a canonical User resource against the schemas, then the Systam
 * rules, and reads what Systam is asked to keep. Nothing is sent upstream
 * before this has passed.
 */
export function readRequestedUser(
  context: ProvisioningContext,
  resource: ScimResource,
): RequestedUser {
  context.validators.validateUser(resource);
  return fromScimUser(resource);
}

// RFC 7643 section 3: every resource names its schemas. The core User URN
// must be there; the Systam extension URN may be missing, as Entra does not
// list custom extensions (Systam policies, "Requests and responses").
function assertUserSchemaListed(context: ProvisioningContext, schemas: unknown): void {
  const core = context.userType.schema.id.toLowerCase();
  const listed =
    Array.isArray(schemas) &&
    schemas.some((urn) => typeof urn === 'string' && urn.toLowerCase() === core);
  if (listed) return;

  throw new InvalidSyntaxError(
    `The body's schemas must list ${context.userType.schema.id} (RFC 7643 section 3).`,
  );
}

/** Systam has no inactive users: `active` false asks for the account to go. */
export function asksForDeactivation(resource: ScimResource): boolean {
  return resource.active === false;
}

// Enough names to see what a client sends; the count tells the rest, so a
// body of thousands of unknown keys cannot make a huge log line.
const maxLoggedAttributes = 20;

export function logIgnoredAttributes(context: ProvisioningContext, attributes: string[]): void {
  if (attributes.length === 0) return;
  context.logger.debug('attributes ignored: Systam does not keep them', {
    attributes: attributes.slice(0, maxLoggedAttributes).map((name) => name.slice(0, 200)),
    count: attributes.length,
  });
}
