import type { CursorCodec } from './cursor-codec.js';
import { digestFilters } from './cursor-codec.js';
import type { OrganizationStore } from './organization-store.js';
import { selectPage, type PageRequest } from './paging.js';
import { foldCase, type UserRecord } from './user-record.js';

/** The listUsers query after the contract's checks. */
export interface UserListQuery extends PageRequest {
  readonly email?: string;
  readonly scimUserName?: string;
  readonly externalId?: string;
  readonly workspaceId?: string;
  readonly updatedSince?: string;
  readonly linked?: boolean;
}

export interface UserList {
  readonly items: readonly UserRecord[];
  readonly nextCursor: string | null;
  readonly totalCount: number;
}

/** Filters combine with AND; the order is the store's (createdAt, then id). */
export function listUsers(
  organization: OrganizationStore,
  query: UserListQuery,
  cursors: CursorCodec,
): UserList {
  const { limit, cursor, offset, ...filters } = query;
  const sinceMs = filters.updatedSince === undefined ? undefined : readSince(filters.updatedSince);
  const matching = findCandidates(organization, filters).filter((user) =>
    matches(user, filters, sinceMs),
  );

  const scope = {
    list: 'users' as const,
    organizationId: organization.id,
    filters: digestFilters(filters),
  };
  const page = selectPage(matching, { limit, cursor, offset }, scope, cursors, sortKeyOf);
  return { items: page.items, nextCursor: page.nextCursor, totalCount: matching.length };
}

// createdAt is unique within a simulator (see SimulatorClock), so it alone
// orders users the way "createdAt, then id" does.
function sortKeyOf(user: UserRecord): number {
  return Date.parse(user.createdAt);
}

// Email and userName are unique, so a lookup by either has at most one user
// to filter further; an organization-wide scan is left for the other filters.
function findCandidates(
  organization: OrganizationStore,
  filters: Omit<UserListQuery, keyof PageRequest>,
): readonly UserRecord[] {
  if (filters.email !== undefined) return toList(organization.findByEmail(filters.email));
  if (filters.scimUserName !== undefined) {
    return toList(organization.findByScimUserName(filters.scimUserName));
  }
  return organization.users();
}

function matches(
  user: UserRecord,
  filters: Omit<UserListQuery, keyof PageRequest>,
  sinceMs: number | undefined,
): boolean {
  const { email, scimUserName, externalId, workspaceId, linked } = filters;
  const link = user.scimLink;
  const linkUserName = link === null ? undefined : foldCase(link.userName);

  return (
    (email === undefined || foldCase(user.email) === foldCase(email)) &&
    (scimUserName === undefined || linkUserName === foldCase(scimUserName)) &&
    (externalId === undefined || link?.externalId === externalId) &&
    (workspaceId === undefined || user.primaryWorkspaceId === workspaceId) &&
    (sinceMs === undefined || Date.parse(user.updatedAt) >= sinceMs) &&
    (linked === undefined || (link !== null) === linked)
  );
}

// Stored times are whole milliseconds, so "at or after" an instant given more
// finely means at or after the next whole millisecond. RFC 3339 also allows a
// leap second (23:59:60), which Date cannot hold: it is read as the second after.
function readSince(text: string): number {
  const leapSecond = /:60(?=[.zZ+-])/;
  const isLeap = leapSecond.test(text);
  const base = Date.parse(isLeap ? text.replace(leapSecond, ':59') : text) + (isLeap ? 1000 : 0);

  const subMillisecond = /\.\d{3}(\d+)/.exec(text)?.[1] ?? '';
  return /[1-9]/.test(subMillisecond) ? base + 1 : base;
}

function toList(user: UserRecord | undefined): readonly UserRecord[] {
  return user === undefined ? [] : [user];
}
