import type { RequestedUser } from '../mapping/requested-user.js';
import type { ScimLink, SystamProfile, SystamUser, UserUpdate } from '../upstream/systam-types.js';

/** What a request would change on a Systam user, split as Systam's owner rule needs it. */
export interface UserChanges {
  /** Changed profile fields only; empty when the profile stays as it is. */
  readonly profile: Partial<SystamProfile>;
  /** The new SCIM link, when userName or externalId change. */
  readonly link: ScimLink | undefined;
}

const profileFields: readonly (keyof SystamProfile)[] = [
  'email',
  'secondaryEmail',
  'firstName',
  'lastName',
  'phone',
  'secondaryPhone',
  'language',
  'primaryWorkspaceId',
];

/**
 * Compares what a request asks for with what Systam has. Values compare
 * exactly (Systam stores them as given); a field the request leaves
 * undefined keeps its value.
 */
export function findUserChanges(
  current: SystamUser,
  requested: RequestedUser,
  primaryWorkspaceId: string,
): UserChanges {
  const wanted: Partial<Record<keyof SystamProfile, string | null | undefined>> = {
    email: requested.email,
    secondaryEmail: requested.secondaryEmail,
    firstName: requested.firstName,
    lastName: requested.lastName,
    phone: requested.phone,
    secondaryPhone: requested.secondaryPhone,
    language: requested.language,
    primaryWorkspaceId,
  };

  const profile: Record<string, string | null> = {};
  for (const field of profileFields) {
    const value = wanted[field];
    if (value !== undefined && value !== (current[field] ?? null)) profile[field] = value;
  }

  return { profile: profile as Partial<SystamProfile>, link: findLinkChange(current, requested) };
}

function findLinkChange(current: SystamUser, requested: RequestedUser): ScimLink | undefined {
  const currentExternalId = current.scimLink?.externalId ?? null;
  const externalId = requested.externalId === undefined ? currentExternalId : requested.externalId;

  const unchanged =
    current.scimLink?.userName === requested.userName && currentExternalId === externalId;
  return unchanged ? undefined : { userName: requested.userName, externalId };
}

export function hasProfileChanges(changes: UserChanges): boolean {
  return Object.keys(changes.profile).length > 0;
}

/** The body of one updateUser call that applies profile and link together. */
export function toUserUpdate(changes: UserChanges): UserUpdate {
  return {
    ...changes.profile,
    ...(changes.link !== undefined && { scimLink: changes.link }),
  };
}
