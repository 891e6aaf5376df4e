import type { SystamContract } from '../upstream/systam-contract.js';
import { checkIfMatch } from './entity-tag.js';
import { findFieldRuleViolation } from './field-rules.js';
import type { OrganizationStore } from './organization-store.js';
import type { SimulatorClock } from './simulator-clock.js';
import { SimulatorError } from './simulator-error.js';
import {
  createUserRecord,
  haveSameContent,
  toScimLinkRecord,
  type NewUser,
  type ScimLinkInput,
  type ScimLinkRecord,
  type UserFields,
  type UserRecord,
} from './user-record.js';

export interface UserCommandContext {
  readonly organization: OrganizationStore;
  readonly clock: SimulatorClock;
  readonly contract: SystamContract;
}

/** A createUser body that passed the contract's UserCreate schema. */
export type UserCreateBody = Omit<NewUser, 'id' | 'role'>;

// Every command checks in the same order: the user exists, owner protection,
// If-Match, field rules (422), uniqueness (409); only then does it write, in
// one step, so a request that fails changes nothing.

export function createUser(context: UserCommandContext, body: UserCreateBody): UserRecord {
  const { organization, clock } = context;
  checkFieldRules(organization, body);

  const user = createUserRecord(
    { ...body, id: organization.createUserId(), role: 'member' },
    clock.now(),
  );
  checkUniqueness(organization, user);

  return store(context, user);
}

export function findUserOrFail(organization: OrganizationStore, userId: string): UserRecord {
  const user = organization.findUser(userId);
  if (user === undefined) {
    throw new SimulatorError('USER_NOT_FOUND', `No user ${userId} in this organization`);
  }
  return user;
}

/** JSON merge patch (RFC 7396): absent members stay, null clears, scimLink merges member-wise. */
export function updateUser(
  context: UserCommandContext,
  userId: string,
  patch: UserFields,
  ifMatch: string | undefined,
): UserRecord {
  const current = findUserOrFail(context.organization, userId);
  refuseOwner(current);
  checkIfMatch(ifMatch, current.version);
  checkFieldRules(context.organization, patch);

  const { scimLink, ...profile } = patch;
  const next: UserRecord = {
    ...current,
    ...profile,
    scimLink: scimLink === undefined ? current.scimLink : mergeScimLink(current.scimLink, scimLink),
  };
  checkUniqueness(context.organization, next);

  return commitChange(context, current, next);
}

export function deleteUser(
  context: UserCommandContext,
  userId: string,
  ifMatch: string | undefined,
): void {
  const current = findUserOrFail(context.organization, userId);
  refuseOwner(current);
  checkIfMatch(ifMatch, current.version);

  context.organization.remove(userId);
}

/** PUT .../scim-link: replaces the whole link; allowed for owners. */
export function linkUser(
  context: UserCommandContext,
  userId: string,
  link: ScimLinkInput,
): UserRecord {
  const current = findUserOrFail(context.organization, userId);
  const next: UserRecord = { ...current, scimLink: toScimLinkRecord(link) };
  checkUniqueness(context.organization, next);

  return commitChange(context, current, next);
}

/** DELETE .../scim-link: allowed for owners; a user without a link stays as it is. */
export function unlinkUser(context: UserCommandContext, userId: string): UserRecord {
  const current = findUserOrFail(context.organization, userId);
  return commitChange(context, current, { ...current, scimLink: null });
}

function refuseOwner(user: UserRecord): void {
  if (user.role !== 'owner') return;
  throw new SimulatorError(
    'ORGANIZATION_OWNER_PROTECTED',
    'The user is an Organization Owner; owners cannot be changed or deleted through this API',
  );
}

function checkFieldRules(organization: OrganizationStore, fields: UserFields): void {
  const violation = findFieldRuleViolation(fields, (id) => organization.hasWorkspace(id));
  if (violation === undefined) return;

  throw new SimulatorError(violation.code, violation.message, {
    details: { field: violation.field },
  });
}

function checkUniqueness(organization: OrganizationStore, user: UserRecord): void {
  const emailHolder = organization.findByEmail(user.email);
  if (emailHolder !== undefined && emailHolder.id !== user.id) {
    throw new SimulatorError('EMAIL_TAKEN', 'Another user of the organization has this email', {
      details: { field: 'email' },
    });
  }

  if (user.scimLink === null) return;
  const linkHolder = organization.findByScimUserName(user.scimLink.userName);
  if (linkHolder !== undefined && linkHolder.id !== user.id) {
    const message = 'Another user of the organization is linked to this SCIM userName';
    throw new SimulatorError('SCIM_USERNAME_TAKEN', message, {
      details: { field: 'scimLink.userName' },
    });
  }
}

function mergeScimLink(
  current: ScimLinkRecord | null,
  patch: ScimLinkInput | null,
): ScimLinkRecord | null {
  if (patch === null) return null;
  return {
    userName: patch.userName,
    externalId: patch.externalId === undefined ? (current?.externalId ?? null) : patch.externalId,
  };
}

// A request that changes nothing is no change: version and updatedAt stay,
// so a client that repeats itself sees a stable ETag.
function commitChange(
  context: UserCommandContext,
  current: UserRecord,
  next: UserRecord,
): UserRecord {
  if (haveSameContent(current, next)) return current;
  return store(context, { ...next, version: current.version + 1, updatedAt: context.clock.now() });
}

// The simulator answers with what it stores, so a stored user that broke the
// contract would be a simulator bug; it is reported as one rather than served.
function store(context: UserCommandContext, user: UserRecord): UserRecord {
  const problem = context.contract.check('User', user);
  if (problem !== undefined) {
    const message = `The simulator built a user outside the contract: ${problem}`;
    throw new SimulatorError('INTERNAL', message);
  }

  context.organization.save(user);
  return user;
}
