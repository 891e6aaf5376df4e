import { bindFilter } from '../scim/filter/bind-filter.js';
import { evaluateFilter } from '../scim/filter/evaluate-filter.js';
import { parseFilter } from '../scim/filter/parse-filter.js';
import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { SystamUser } from '../upstream/systam-types.js';
import { findCandidates } from './find-candidates.js';
import { planUserLookup } from './plan-user-lookup.js';
import { presentUser } from './present-user.js';
import type { ProvisioningContext, RequestOrigin } from './provisioning-context.js';
import type { Tenant } from './tenant.js';

export interface UserListQuery {
  readonly filter: string | undefined;
  /** 1-based, as RFC 7644 section 3.4.2.4 counts. */
  readonly startIndex: number;
  readonly count: number;
}

export interface UserListPage {
  readonly totalResults: number;
  readonly startIndex: number;
  readonly resources: readonly ScimResource[];
}

/**
 * GET /Users and POST /Users/.search. Without a filter, Systam pages for us.
 * With one, the filter is turned into as few Systam look-ups as it allows,
 * and the whole filter is then checked on the candidates the gateway got.
 */
export async function listUsers(
  context: ProvisioningContext,
  tenant: Tenant,
  query: UserListQuery,
  origin: RequestOrigin,
): Promise<UserListPage> {
  if (query.filter === undefined) return listPage(tenant, query, origin);

  const filter = bindFilter(parseFilter(query.filter), context.userType);
  const candidates = await findCandidates(tenant, planUserLookup(filter), context.scanLimit);
  const resources = await presentAll(tenant, candidates, origin);
  const matches = resources.filter((resource) => evaluateFilter(filter, resource));

  const first = query.startIndex - 1;
  return {
    totalResults: matches.length,
    startIndex: query.startIndex,
    resources: matches.slice(first, first + query.count),
  };
}

async function listPage(
  tenant: Tenant,
  query: UserListQuery,
  origin: RequestOrigin,
): Promise<UserListPage> {
  // count=0 asks only for totalResults (RFC 7644 section 3.4.2.4); Systam
  // pages hold at least one user, so one is read and not returned.
  const page = await tenant.systam.listUsers({
    linked: true,
    offset: query.startIndex - 1,
    limit: Math.max(query.count, 1),
  });

  const shown = query.count === 0 ? [] : page.items;
  return {
    totalResults: page.totalCount,
    startIndex: query.startIndex,
    resources: await presentAll(tenant, shown, origin),
  };
}

function presentAll(
  tenant: Tenant,
  users: readonly SystamUser[],
  origin: RequestOrigin,
): Promise<ScimResource[]> {
  return Promise.all(users.map((user) => presentUser(tenant, user, origin)));
}
