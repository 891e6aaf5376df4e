import { clearingAbsent, type RequestedUser } from '../mapping/requested-user.js';
import { scimAttributeOfSystamField } from '../mapping/user-attribute-table.js';
import { ForbiddenError } from '../scim/errors.js';
import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { SystamUser } from '../upstream/systam-types.js';
import { deleteLinkedUser } from './delete-user.js';
import { findLinkedUser } from './find-linked-user.js';
import { linkOwner } from './link-owner.js';
import { isOrganizationOwner } from './owner-protection.js';
import { assertWritePreconditions, hasClientVersion, type Preconditions } from './preconditions.js';
import { presentUser } from './present-user.js';
import type { ProvisioningContext, RequestOrigin } from './provisioning-context.js';
import { asksForDeactivation, readRequestedUser } from './read-user-resource.js';
import { resolvePrimaryWorkspace } from './resolve-primary-workspace.js';
import { retryOnVersionConflict } from './retry-on-version-conflict.js';
import type { Tenant } from './tenant.js';
import { findUserChanges, hasProfileChanges, toUserUpdate } from './user-changes.js';

/** How a request turns the current User resource into the one the client wants. */
export type DesiredUser = (current: ScimResource) => ScimResource;

export type UpdateOutcome =
  | { readonly kind: 'updated'; readonly resource: ScimResource; readonly version: number }
  | { readonly kind: 'deleted' };

/**
 * The read-modify-write behind PATCH and PUT: read the user, build the
 * desired resource, write only what differs, in one Systam call guarded by
 * the version that was read. A concurrent change makes Systam refuse the
 * write, and the whole cycle runs again on fresh data.
 */
export async function updateUser(
  context: ProvisioningContext,
  tenant: Tenant,
  id: string,
  desire: DesiredUser,
  preconditions: Preconditions,
  origin: RequestOrigin,
): Promise<UpdateOutcome> {
  const attempts = hasClientVersion(preconditions) ? 0 : context.versionConflictRetries;

  return retryOnVersionConflict(attempts, async () => {
    const current = await findLinkedUser(tenant, id);
    assertWritePreconditions(preconditions, current.version);

    const desired = desire(await presentUser(tenant, current, origin));
    if (asksForDeactivation(desired)) {
      // A malformed request deletes nothing, so the resource must still be a
      // well-formed User. Systam's own value rules (email and phone types,
      // the work phone) are not applied: nothing will be stored, and a
      // disable must not be lost to an attribute Entra sends alongside it.
      context.validators.validateUser(desired);
      await deleteLinkedUser(tenant, current, 'deactivate');
      return { kind: 'deleted' } as const;
    }

    const requested = clearingAbsent(readRequestedUser(context, desired));
    const updated = await writeChanges(tenant, current, requested);
    return {
      kind: 'updated',
      resource: await presentUser(tenant, updated, origin),
      version: updated.version,
    } as const;
  });
}

async function writeChanges(
  tenant: Tenant,
  current: SystamUser,
  requested: RequestedUser,
): Promise<SystamUser> {
  const primaryWorkspaceId = await resolvePrimaryWorkspace(tenant, requested.primaryWorkspace);
  const changes = findUserChanges(current, requested, primaryWorkspaceId);

  if (isOrganizationOwner(current) && hasProfileChanges(changes)) {
    throw ownerProfileProtected(Object.keys(changes.profile));
  }
  if (!hasProfileChanges(changes) && changes.link === undefined) return current;
  if (!hasProfileChanges(changes) && changes.link !== undefined && isOrganizationOwner(current)) {
    return linkOwner(tenant, current, changes.link);
  }

  return tenant.systam.updateUser(current.id, toUserUpdate(changes), current.version);
}

function ownerProfileProtected(fields: string[]): ForbiddenError {
  const attributes = fields.map((field) => scimAttributeOfSystamField[field] ?? field);
  return new ForbiddenError(
    'This user is a Systam Organization Owner and is protected: the request would change ' +
      `${attributes.join(', ')}. Owners are changed in Systam; only userName and externalId ` +
      'can be changed through SCIM.',
  );
}
