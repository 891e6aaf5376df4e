import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  coreUserUrn,
  expectListResponse,
  filterQuery,
  systamUserUrn,
  userNamesOf,
} from './conformance-support.js';

/**
 * The users the RFC 7644 §3.4.2.2 files filter, created in this order
 * (Systam answers in creation order, so expected lists follow it too).
 */
export const alice = 'Alice.Filter@example.com';
export const bob = 'bob.filter@example.com';
export const carol = 'carol.filter@example.com';
export const dan = 'dan"quote@example.com';
export const everyone = [alice, bob, carol, dan];

const bodies: readonly Record<string, unknown>[] = [
  {
    userName: alice,
    externalId: 'Ext-A',
    name: { givenName: 'Alice', familyName: 'Filter' },
    emails: [{ value: 'alice.filter@example.com', type: 'work' }],
    preferredLanguage: 'en-US',
    [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
  },
  {
    userName: bob,
    externalId: 'ext-b',
    name: { givenName: 'Bob', familyName: 'Filter' },
    emails: [
      { value: 'bob.filter@example.com', type: 'work' },
      { value: 'bob@home.example', type: 'other' },
    ],
    phoneNumbers: [{ value: '+1 555 0100', type: 'work' }],
    preferredLanguage: 'fi-FI',
    [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
  },
  {
    userName: carol,
    name: { givenName: 'Carol', familyName: 'Filter' },
    emails: [{ value: 'carol.filter@example.com', type: 'work' }],
    [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
  },
  {
    userName: dan,
    externalId: 'EXT-D',
    name: { givenName: 'Dan', familyName: 'Quote' },
    emails: [{ value: 'dan.quote@example.com', type: 'work' }],
    [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
  },
];

/** Creates the population and answers the created resources by userName. */
export async function createFilterPopulation(
  gateway: TestGateway,
): Promise<Map<string, Record<string, unknown> & { id: string; meta: Record<string, string> }>> {
  const created = new Map<
    string,
    Record<string, unknown> & { id: string; meta: Record<string, string> }
  >();
  for (const body of bodies) {
    const response = await gateway.post('/Users', {
      schemas: [coreUserUrn, systamUserUrn],
      ...body,
    });
    expect(response.status, response.text).to.equal(201);
    created.set(String(body.userName), response.body);
  }
  return created;
}

/** GET /Users with a filter: the userNames it answers, in order, after checking the ListResponse. */
export async function filterUserNames(gateway: TestGateway, filter: string): Promise<unknown[]> {
  const list = expectListResponse(await gateway.get(`/Users${filterQuery(filter)}`));
  expect(list.totalResults, filter).to.equal(list.Resources.length);
  return userNamesOf(list);
}
