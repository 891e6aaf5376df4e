import { TooManyError } from '../scim/errors.js';
import { SystamContractError } from '../upstream/systam-errors.js';
import type { SystamUser, UserQuery } from '../upstream/systam-types.js';
import { lookUpLinkedUser } from './find-linked-user.js';
import type { UserLookup } from './plan-user-lookup.js';
import type { Tenant } from './tenant.js';

// The largest page the Systam contract allows.
const upstreamPageSize = 200;

/**
 * Runs a look-up plan against Systam and returns the linked users it finds,
 * in Systam's order (creation time, then id). A plan that would have to read
 * more users than `scanLimit` answers 400 tooMany before reading them.
 */
export async function findCandidates(
  tenant: Tenant,
  lookup: UserLookup,
  scanLimit: number,
): Promise<SystamUser[]> {
  switch (lookup.kind) {
    case 'nothing':
      return [];
    case 'byId': {
      const user = await lookUpLinkedUser(tenant, lookup.id);
      return user === undefined ? [] : [user];
    }
    case 'all':
      return readAllPages(tenant, { linked: true }, scanLimit);
    case 'query': {
      const { workspace, ...query } = lookup.query;
      if (workspace === undefined)
        return readAllPages(tenant, { ...query, linked: true }, scanLimit);

      const found = await tenant.workspaces.findByIdentifier(workspace);
      if (found === undefined) return [];
      return readAllPages(tenant, { ...query, workspaceId: found.id, linked: true }, scanLimit);
    }
    case 'union': {
      const results = await Promise.all(
        lookup.lookups.map((member) => findCandidates(tenant, member, scanLimit)),
      );
      return mergeInSystamOrder(results.flat());
    }
  }
}

async function readAllPages(
  tenant: Tenant,
  query: UserQuery,
  scanLimit: number,
): Promise<SystamUser[]> {
  const first = await tenant.systam.listUsers({ ...query, limit: upstreamPageSize });
  if (first.totalCount > scanLimit) throw tooManyToScan(first.totalCount, scanLimit);

  const users = [...first.items];
  const seenCursors = new Set<string>();
  let cursor = first.nextCursor;
  while (cursor !== null && users.length < first.totalCount) {
    // A cursor met twice, or a page that brings nothing, would page forever.
    if (seenCursors.has(cursor)) throw pagingBroken('a cursor came back twice');
    seenCursors.add(cursor);

    const page = await tenant.systam.listUsers({ ...query, limit: upstreamPageSize, cursor });
    if (page.items.length === 0) throw pagingBroken('a page with a next cursor held no users');
    users.push(...page.items);
    cursor = page.nextCursor;
  }
  return users;
}

function pagingBroken(problem: string): SystamContractError {
  return new SystamContractError({ operation: 'listUsers' }, 200, problem);
}

function tooManyToScan(total: number, limit: number): TooManyError {
  return new TooManyError(
    `This filter cannot be answered by a Systam look-up and would scan ${total} users, more ` +
      `than the limit of ${limit}. Filter with eq on userName, externalId, id or ` +
      'emails[type eq "work"].value instead.',
  );
}

function mergeInSystamOrder(users: SystamUser[]): SystamUser[] {
  const byId = new Map(users.map((user) => [user.id, user]));
  return [...byId.values()].sort(
    (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
  );
}
