import { systamUserUrn } from '../mapping/user-attribute-table.js';
import type { BoundComparison, BoundFilter } from '../scim/filter/bound-filter.js';
import type { UserQuery } from '../upstream/systam-types.js';

/**
 * How to find the candidates of a filter with as few Systam calls as
 * possible. A lookup always yields a superset of the matching users; the
 * gateway then runs the whole filter on the candidates, so a lookup never
 * has to be exact, only never to miss a match.
 */
export type UserLookup =
  /** No user can match (a value Systam cannot hold, `active eq false`, …). */
  | { readonly kind: 'nothing' }
  | { readonly kind: 'byId'; readonly id: string }
  | { readonly kind: 'query'; readonly query: LookupQuery }
  /** `or` of look-ups: each runs, results are merged. */
  | { readonly kind: 'union'; readonly lookups: readonly UserLookup[] }
  /** Nothing to narrow by: every linked user is a candidate. */
  | { readonly kind: 'all' };

/** A listUsers query, with the workspace still named by its identifier. */
export type LookupQuery = Omit<UserQuery, 'workspaceId'> & { readonly workspace?: string };

// Contract limits of the listUsers parameters: a longer value cannot match.
const maxLength = { scimUserName: 256, externalId: 256, email: 254, workspace: 64 };
const maxUnionSize = 10;

const nothing: UserLookup = { kind: 'nothing' };
const all: UserLookup = { kind: 'all' };

export function planUserLookup(filter: BoundFilter): UserLookup {
  switch (filter.kind) {
    case 'comparison':
      return planComparison(filter);
    case 'valuePath':
      return planWorkEmail(filter) ?? all;
    case 'and':
      return narrower(planUserLookup(filter.left), planUserLookup(filter.right));
    case 'or':
      return union(planUserLookup(filter.left), planUserLookup(filter.right));
    case 'present':
    case 'not':
      return all;
  }
}

function planComparison(comparison: BoundComparison): UserLookup {
  const { path, operator, value } = comparison;

  if (path.name === 'meta.lastModified' && (operator === 'ge' || operator === 'gt')) {
    const since = toUpdatedSince(comparison.instant);
    return since === undefined ? all : { kind: 'query', query: { updatedSince: since } };
  }
  // Every user the gateway can read is active (Systam has no inactive users).
  if (path.name === 'active' && operator === 'eq' && typeof value === 'boolean') {
    return value ? all : nothing;
  }
  if (operator !== 'eq' || typeof value !== 'string') return all;

  switch (path.name) {
    case 'id':
      return { kind: 'byId', id: value };
    case 'userName':
      return bounded('scimUserName', value);
    case 'externalId':
      return bounded('externalId', value);
    case `${systamUserUrn}:primaryWorkspace`:
      return bounded('workspace', value);
    default:
      return all;
  }
}

// Systam takes a plain RFC 3339 instant. Written from the parsed instant
// (rounded down to the millisecond, which keeps every match), it never
// carries a form Systam might refuse, such as a leap second or an offset.
function toUpdatedSince(instant: bigint | undefined): string | undefined {
  if (instant === undefined) return undefined;

  const nanosecondsPerMillisecond = 1_000_000n;
  const milliseconds =
    instant >= 0n
      ? instant / nanosecondsPerMillisecond
      : (instant - nanosecondsPerMillisecond + 1n) / nanosecondsPerMillisecond;
  const date = new Date(Number(milliseconds));
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/**
 * `emails[type eq "work" and value eq "x"]` (also what Entra's
 * `emails[type eq "work"].value eq "x"` binds to) is Systam's email look-up.
 */
function planWorkEmail(
  valuePath: Extract<BoundFilter, { kind: 'valuePath' }>,
): UserLookup | undefined {
  if (valuePath.path.name !== 'emails') return undefined;

  const terms = equalityTerms(valuePath.filter);
  const type = terms.get('emails.type');
  const email = terms.get('emails.value');
  if (typeof type !== 'string' || type.toLowerCase() !== 'work' || typeof email !== 'string') {
    return undefined;
  }
  return bounded('email', email);
}

function equalityTerms(filter: BoundFilter): Map<string, unknown> {
  if (filter.kind === 'comparison' && filter.operator === 'eq') {
    return new Map([[filter.path.name, filter.value]]);
  }
  if (filter.kind !== 'and') return new Map();
  return new Map([...equalityTerms(filter.left), ...equalityTerms(filter.right)]);
}

function bounded(parameter: keyof typeof maxLength, value: string): UserLookup {
  if (value.length > maxLength[parameter]) return nothing;
  return { kind: 'query', query: { [parameter]: value } };
}

// Either side's candidates contain every match of `left and right`; the
// more selective one is taken, and two queries combine their parameters.
function narrower(left: UserLookup, right: UserLookup): UserLookup {
  if (left.kind === 'nothing' || right.kind === 'nothing') return nothing;
  if (left.kind === 'byId') return left;
  if (right.kind === 'byId') return right;
  if (left.kind === 'query' && right.kind === 'query') {
    return { kind: 'query', query: { ...right.query, ...left.query } };
  }
  if (left.kind === 'query') return left;
  if (right.kind === 'query') return right;
  if (left.kind === 'union') return left;
  return right;
}

// Several look-ups pay off only when each finds a user or two. One broad
// member (every user changed since a date, every user of a workspace) would
// read nearly everything, and several of them would read it several times:
// one scan, bounded by the scan limit, is cheaper.
function union(left: UserLookup, right: UserLookup): UserLookup {
  if (left.kind === 'nothing') return right;
  if (right.kind === 'nothing') return left;

  const lookups = [...membersOf(left), ...membersOf(right)];
  const worthIt = lookups.length <= maxUnionSize && lookups.every(isSelective);
  return worthIt ? { kind: 'union', lookups } : all;
}

function isSelective(lookup: UserLookup): boolean {
  if (lookup.kind === 'byId' || lookup.kind === 'nothing') return true;
  if (lookup.kind !== 'query') return false;

  const { scimUserName, externalId, email } = lookup.query;
  return scimUserName !== undefined || externalId !== undefined || email !== undefined;
}

function membersOf(lookup: UserLookup): readonly UserLookup[] {
  return lookup.kind === 'union' ? lookup.lookups : [lookup];
}
