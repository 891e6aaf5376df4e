import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { Preconditions } from './preconditions.js';
import type { ProvisioningContext, RequestOrigin } from './provisioning-context.js';
import { normalizeUserBody } from './read-user-resource.js';
import type { Tenant } from './tenant.js';
import { updateUser, type UpdateOutcome } from './update-user.js';

/**
 * PUT /Users/{id} (RFC 7644 section 3.5.1): the body replaces the user.
 * Read-only attributes in it are ignored; what it leaves out is cleared;
 * `active` false deletes the account, as Systam has no inactive users.
 */
export async function replaceUser(
  context: ProvisioningContext,
  tenant: Tenant,
  id: string,
  body: unknown,
  preconditions: Preconditions,
  origin: RequestOrigin,
): Promise<UpdateOutcome> {
  const replacement: ScimResource = normalizeUserBody(context, body);
  return updateUser(context, tenant, id, () => replacement, preconditions, origin);
}
