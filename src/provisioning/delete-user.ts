import type { SystamUser } from '../upstream/systam-types.js';
import { findLinkedUser } from './find-linked-user.js';
import { isOrganizationOwner, ownerProtected } from './owner-protection.js';
import { assertWritePreconditions, hasClientVersion, type Preconditions } from './preconditions.js';
import type { ProvisioningContext } from './provisioning-context.js';
import { retryOnVersionConflict } from './retry-on-version-conflict.js';
import type { Tenant } from './tenant.js';

/** DELETE /Users/{id}: Systam has no soft delete, the account goes for good. */
export async function deleteUser(
  context: ProvisioningContext,
  tenant: Tenant,
  id: string,
  preconditions: Preconditions,
): Promise<void> {
  const attempts = hasClientVersion(preconditions) ? 0 : context.versionConflictRetries;

  await retryOnVersionConflict(attempts, async () => {
    const user = await findLinkedUser(tenant, id);
    assertWritePreconditions(preconditions, user.version);
    await deleteLinkedUser(tenant, user, 'delete');
  });
}

/**
 * Deletes a user already read, guarded by the version read, so that a
 * concurrent change is noticed. Owners are protected.
 */
export async function deleteLinkedUser(
  tenant: Tenant,
  user: SystamUser,
  action: 'delete' | 'deactivate',
): Promise<void> {
  if (isOrganizationOwner(user)) throw ownerProtected(action);
  await tenant.systam.deleteUser(user.id, user.version);
}
