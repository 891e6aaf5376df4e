import { recordCompatibilityRules } from '../observability/request-context.js';
import { applyPatch } from '../scim/patch/apply-patch.js';
import type { Preconditions } from './preconditions.js';
import type { ProvisioningContext, RequestOrigin } from './provisioning-context.js';
import { logIgnoredAttributes } from './read-user-resource.js';
import type { Tenant } from './tenant.js';
import { updateUser, type UpdateOutcome } from './update-user.js';

/**
 * PATCH /Users/{id} (RFC 7644 section 3.5.2), in every shape Entra sends:
 * the operations apply to the current resource all together or not at all,
 * and only the resulting differences are written to Systam.
 */
export async function patchUser(
  context: ProvisioningContext,
  tenant: Tenant,
  id: string,
  body: unknown,
  preconditions: Preconditions,
  origin: RequestOrigin,
): Promise<UpdateOutcome> {
  context.validators.validatePatchRequest(body);
  const operations = (body as { Operations: readonly unknown[] }).Operations;

  return updateUser(
    context,
    tenant,
    id,
    (current) => {
      const result = applyPatch(current, operations, context.userType);
      recordCompatibilityRules(result.appliedRules);
      logIgnoredAttributes(context, result.ignoredAttributes);
      return result.resource;
    },
    preconditions,
    origin,
  );
}
