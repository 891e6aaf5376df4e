import { expect } from 'chai';
import type request from 'supertest';

import type { UserRecord } from '../../src/simulator/user-record.js';
import {
  demoOrgId,
  entraUser,
  patchOpUrn,
  systamUserUrn,
  type TestGateway,
} from '../support/test-gateway.js';

export const enterpriseUserUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const errorUrn = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const listResponseUrn = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const workspacePath = `${systamUserUrn}:primaryWorkspace`;
export const usersPath = `/internal/v1/organizations/${demoOrgId}/users`;
export const workspacesPath = `/internal/v1/organizations/${demoOrgId}/workspaces`;

/** A User resource as the gateway returns it. */
export type ScimUser = Record<string, unknown> & { id: string };

/** One upstream request, as the simulator logged it. */
export interface UpstreamCall {
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

let sequence = 0;

/** A unique userName and work email for one test's user. */
export function nextUserName(): string {
  sequence += 1;
  return `entra.user${sequence}@example.com`;
}

/**
 * Creates a user the way Entra does (POST /Users with the default mapping)
 * and clears the simulator's request log, so that a test sees only its own
 * upstream calls.
 */
export async function createEntraUser(
  gateway: TestGateway,
  overrides: Record<string, unknown> = {},
): Promise<ScimUser> {
  const userName = nextUserName();
  const body = entraUser({
    userName,
    externalId: userName.split('@')[0],
    emails: [{ primary: true, type: 'work', value: userName }],
    ...overrides,
  });

  const response = await gateway.post('/Users', body);
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  gateway.simulator.clearRequests();
  return response.body as ScimUser;
}

/** PATCH /Users/{id} with a PatchOp envelope around `operations`. */
export function patchUser(gateway: TestGateway, id: string, operations: unknown[]): request.Test {
  return gateway.patch(`/Users/${id}`, { schemas: [patchOpUrn], Operations: operations });
}

/** GET /Users/{id}, expecting 200, and the body. */
export async function readUser(gateway: TestGateway, id: string): Promise<ScimUser> {
  const response = await gateway.get(`/Users/${id}`);
  expect(response.status, JSON.stringify(response.body)).to.equal(200);
  return response.body as ScimUser;
}

/** The Systam record behind a user. */
export function storedUser(gateway: TestGateway, id: string): UserRecord {
  const user = gateway.simulator.user(demoOrgId, id);
  if (user === undefined) throw new Error(`the simulator has no user ${id}`);
  return user;
}

/** The upstream requests since the last clear. */
export function upstreamCalls(gateway: TestGateway): UpstreamCall[] {
  return gateway.simulator.requests.map(({ method, path, query, body }) => ({
    method,
    path,
    query,
    body,
  }));
}

/** The upstream requests that would change something (anything but GET). */
export function upstreamWrites(gateway: TestGateway): UpstreamCall[] {
  return upstreamCalls(gateway).filter((call) => call.method !== 'GET');
}

/** The bodies of the PATCH requests the gateway sent for one user. */
export function upstreamPatchBodies(gateway: TestGateway, id: string): unknown[] {
  return upstreamWrites(gateway)
    .filter((call) => call.method === 'PATCH' && call.path === `${usersPath}/${id}`)
    .map((call) => call.body);
}

/** A resource without `meta`, which changes with every write. */
export function withoutMeta(resource: Record<string, unknown>): Record<string, unknown> {
  const { meta: _meta, ...rest } = resource;
  return rest;
}

/** The dotted paths of every null inside a JSON value. */
export function findNulls(value: unknown, where = ''): string[] {
  if (value === null) return [where];
  if (typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) =>
    findNulls(child, where === '' ? key : `${where}.${key}`),
  );
}

/** meta.version of a resource (the ETag of its Systam version). */
export function versionOf(resource: Record<string, unknown>): unknown {
  return (resource.meta as { version?: unknown } | undefined)?.version;
}

/** The values of a multi-valued attribute whose type is `type`. */
export function valuesOfType(
  user: Record<string, unknown>,
  attribute: string,
  type: string,
): unknown[] {
  const entries = (user[attribute] ?? []) as { type?: string; value?: unknown }[];
  return entries.filter((entry) => entry.type === type).map((entry) => entry.value);
}

/** Asserts a SCIM error answer: status (number and string), scimType and words of the detail. */
export function expectScimError(
  response: request.Response,
  status: number,
  scimType: string | undefined,
  detailWords: readonly string[] = [],
): void {
  const body = response.body as Record<string, unknown>;
  const shown = JSON.stringify(body);
  expect(response.status, shown).to.equal(status);
  expect(response.headers['content-type'], shown).to.match(/^application\/scim\+json/);
  expect(body.schemas, shown).to.deep.equal([errorUrn]);
  expect(body.status, shown).to.equal(String(status));
  expect(body.scimType, shown).to.equal(scimType);
  for (const word of detailWords) expect(body.detail, shown).to.include(word);
}
