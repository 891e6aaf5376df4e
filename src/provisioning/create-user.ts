import { clearingAbsent, type RequestedUser } from '../mapping/requested-user.js';
import { scimAttributeOfSystamField } from '../mapping/user-attribute-table.js';
import { ForbiddenError, InvalidValueError, UniquenessError } from '../scim/errors.js';
import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { SystamUser } from '../upstream/systam-types.js';
import { linkOwner } from './link-owner.js';
import { isOrganizationOwner } from './owner-protection.js';
import { presentUser } from './present-user.js';
import type { ProvisioningContext, RequestOrigin } from './provisioning-context.js';
import { asksForDeactivation, normalizeUserBody, readRequestedUser } from './read-user-resource.js';
import { resolvePrimaryWorkspace } from './resolve-primary-workspace.js';
import { retryOnVersionConflict } from './retry-on-version-conflict.js';
import type { Tenant } from './tenant.js';
import { findUserChanges, hasProfileChanges, toUserUpdate } from './user-changes.js';

/**
 * POST /Users (Systam policies, "Creating users"): links an existing account
 * with the same work email instead of creating a duplicate, otherwise creates
 * the user and its link in one call.
 */
export async function createUser(
  context: ProvisioningContext,
  tenant: Tenant,
  body: unknown,
  origin: RequestOrigin,
): Promise<ScimResource> {
  const resource = normalizeUserBody(context, body);
  if (asksForDeactivation(resource)) {
    throw new InvalidValueError(
      'active is false, but Systam has no inactive users: nothing was created. ' +
        'Provision the user once it is active.',
    );
  }

  const requested = readRequestedUser(context, resource);
  const primaryWorkspaceId = await resolvePrimaryWorkspace(tenant, requested.primaryWorkspace);

  const created = await retryOnVersionConflict(context.versionConflictRetries, async () => {
    const existing = await findAccountByEmail(tenant, requested.email);
    if (existing === undefined) return createLinkedUser(tenant, requested, primaryWorkspaceId);
    return linkExistingAccount(tenant, existing, requested, primaryWorkspaceId);
  });

  return presentUser(tenant, created, origin);
}

async function findAccountByEmail(tenant: Tenant, email: string): Promise<SystamUser | undefined> {
  const page = await tenant.systam.listUsers({ email, limit: 1 });
  return page.items[0];
}

async function createLinkedUser(
  tenant: Tenant,
  requested: RequestedUser,
  primaryWorkspaceId: string,
): Promise<SystamUser> {
  const complete = clearingAbsent(requested);

  return tenant.systam.createUser({
    email: complete.email,
    firstName: complete.firstName,
    lastName: complete.lastName,
    primaryWorkspaceId,
    ...withValue('secondaryEmail', complete.secondaryEmail),
    ...withValue('phone', complete.phone),
    ...withValue('secondaryPhone', complete.secondaryPhone),
    ...withValue('language', complete.language),
    scimLink: { userName: complete.userName, externalId: complete.externalId ?? null },
  });
}

/**
 * Policy step 3: an unlinked account with the same email becomes this SCIM
 * user. The attributes the request carries are brought to the requested
 * values in the same call as the link; those it leaves out keep their values.
 */
async function linkExistingAccount(
  tenant: Tenant,
  account: SystamUser,
  requested: RequestedUser,
  primaryWorkspaceId: string,
): Promise<SystamUser> {
  if (account.scimLink !== null && account.scimLink !== undefined) {
    await refuseTakenUserName(tenant, requested);
    throw emailAlreadyLinked(requested);
  }

  const changes = findUserChanges(account, requested, primaryWorkspaceId);
  const link = changes.link ?? { userName: requested.userName, externalId: null };

  if (isOrganizationOwner(account)) {
    if (hasProfileChanges(changes)) {
      await refuseTakenUserName(tenant, requested);
      throw ownerWouldChange(Object.keys(changes.profile));
    }
    return linkOwner(tenant, account, link);
  }

  return tenant.systam.updateUser(
    account.id,
    toUserUpdate({ profile: changes.profile, link }),
    account.version,
  );
}

/**
 * Policy step 2 comes before the matching of step 3: a taken userName is the
 * answer even when the email match would fail for another reason. Systam
 * enforces the uniqueness itself on every write, so the look-up is needed
 * only on the paths that refuse before writing.
 */
async function refuseTakenUserName(tenant: Tenant, requested: RequestedUser): Promise<void> {
  const page = await tenant.systam.listUsers({ scimUserName: requested.userName, limit: 1 });
  if (page.items.length === 0) return;

  throw new UniquenessError(`A user with userName "${requested.userName}" already exists.`);
}

function emailAlreadyLinked(requested: RequestedUser): UniquenessError {
  return new UniquenessError(
    `The work email "${requested.email}" belongs to a Systam account already provisioned ` +
      'under another userName; give this user a different email, or deprovision the other user.',
  );
}

function ownerWouldChange(fields: string[]): ForbiddenError {
  const attributes = fields.map((field) => scimAttributeOfSystamField[field] ?? field);
  return new ForbiddenError(
    'The work email belongs to a Systam Organization Owner, who is protected: the request ' +
      `would change ${attributes.join(', ')}. Send the owner's current values, or change them ` +
      'in Systam first.',
  );
}

function withValue<K extends string>(
  key: K,
  value: string | null | undefined,
): Partial<Record<K, string>> {
  return value === null || value === undefined ? {} : ({ [key]: value } as Record<K, string>);
}
