/**
 * The simulator's model of a Systam user: the contract's User, with every
 * optional member present (null when empty), as Systam's own seed data shows.
 */
export type UserRole = 'member' | 'admin' | 'owner';

export interface ScimLinkRecord {
  readonly userName: string;
  readonly externalId: string | null;
}

export interface UserRecord {
  readonly id: string;
  readonly email: string;
  readonly secondaryEmail: string | null;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string | null;
  readonly secondaryPhone: string | null;
  readonly language: string | null;
  readonly primaryWorkspaceId: string;
  readonly role: UserRole;
  readonly scimLink: ScimLinkRecord | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly version: number;
}

export interface WorkspaceRecord {
  readonly id: string;
  readonly identifier: string;
  readonly name: string;
}

/** The members a client writes (UserCreate / UserUpdate), each optional here. */
export interface UserFields {
  readonly email?: string;
  readonly secondaryEmail?: string | null;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly phone?: string | null;
  readonly secondaryPhone?: string | null;
  readonly language?: string | null;
  readonly primaryWorkspaceId?: string;
  readonly scimLink?: ScimLinkInput | null;
}

/** A ScimLink as a client sends it: externalId may be left out. */
export interface ScimLinkInput {
  readonly userName: string;
  readonly externalId?: string | null;
}

/** What it takes to make a user: the create body, plus the id and role Systam decides. */
export interface NewUser extends UserFields {
  readonly id: string;
  readonly role: UserRole;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly primaryWorkspaceId: string;
}

const contentMembers = [
  'email',
  'secondaryEmail',
  'firstName',
  'lastName',
  'phone',
  'secondaryPhone',
  'language',
  'primaryWorkspaceId',
  'role',
] as const;

/** How Systam compares emails and SCIM userNames: without regard to letter case. */
export function foldCase(value: string): string {
  return value.toLowerCase();
}

/** True when two records differ in nothing a client can change (version and times aside). */
export function haveSameContent(a: UserRecord, b: UserRecord): boolean {
  return (
    contentMembers.every((member) => a[member] === b[member]) &&
    a.scimLink?.userName === b.scimLink?.userName &&
    a.scimLink?.externalId === b.scimLink?.externalId
  );
}

/** A user at version 1, created and last updated at the given instant. */
export function createUserRecord(user: NewUser, createdAt: string): UserRecord {
  return {
    id: user.id,
    email: user.email,
    secondaryEmail: user.secondaryEmail ?? null,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone ?? null,
    secondaryPhone: user.secondaryPhone ?? null,
    language: user.language ?? null,
    primaryWorkspaceId: user.primaryWorkspaceId,
    role: user.role,
    scimLink:
      user.scimLink === undefined || user.scimLink === null
        ? null
        : toScimLinkRecord(user.scimLink),
    createdAt,
    updatedAt: createdAt,
    version: 1,
  };
}

/** A ScimLink with externalId present, null when the client left it out. */
export function toScimLinkRecord(link: ScimLinkInput): ScimLinkRecord {
  return { userName: link.userName, externalId: link.externalId ?? null };
}

/** A deep copy in the contract's member order, safe to hand to callers. */
export function copyUserRecord(user: UserRecord): UserRecord {
  return {
    id: user.id,
    email: user.email,
    secondaryEmail: user.secondaryEmail,
    firstName: user.firstName,
    lastName: user.lastName,
    phone: user.phone,
    secondaryPhone: user.secondaryPhone,
    language: user.language,
    primaryWorkspaceId: user.primaryWorkspaceId,
    role: user.role,
    scimLink: user.scimLink === null ? null : { ...user.scimLink },
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
    version: user.version,
  };
}
