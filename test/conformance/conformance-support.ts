import { expect } from 'chai';
import type { Response } from 'supertest';

import { readSchemaFiles } from '../../src/scim/schema/schema-files.js';
import { buildUserResourceType } from '../../src/scim/schema/user-resource-type.js';
import { createValidators } from '../../src/scim/schema/validators.js';
import {
  coreUserUrn,
  demoOrgId,
  patchOpUrn,
  systamUserUrn,
  TestGateway,
  type TestGatewayOptions,
} from '../support/test-gateway.js';

/**
 * Shared vocabulary of the RFC 7643 / RFC 7644 conformance suite. Every
 * ListResponse and Error the suite receives is checked against the
 * project's own JSON Schemas, so the message formats are tested as well.
 */

export { coreUserUrn, demoOrgId, patchOpUrn, systamUserUrn };

export const errorUrn = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const listResponseUrn = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const searchRequestUrn = 'urn:ietf:params:scim:api:messages:2.0:SearchRequest';
export const enterpriseUserUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** The base URL the suite configures, so that every meta.location is predictable. */
export const publicBaseUrl = 'https://scim.example.test/scim/v2';

/** Every answer with a body is application/scim+json (RFC 7644 section 8.1). */
export const scimMediaType = /^application\/scim\+json(;|$)/;

const schemaFiles = readSchemaFiles();
export const validators = createValidators(schemaFiles, buildUserResourceType(schemaFiles));

/** A gateway in front of the demo organization, with a fixed public base URL. */
export function startGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  return TestGateway.start({
    ...options,
    env: { PUBLIC_BASE_URL: publicBaseUrl, ...options.env },
  });
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A request with the tenant's token by method name; the body goes with POST, PUT and PATCH. */
export function send(gateway: TestGateway, method: HttpMethod, path: string, body: unknown = {}) {
  switch (method) {
    case 'GET':
      return gateway.get(path);
    case 'DELETE':
      return gateway.delete(path);
    case 'POST':
      return gateway.post(path, body);
    case 'PUT':
      return gateway.put(path, body);
    case 'PATCH':
      return gateway.patch(path, body);
  }
}

/** The absolute URL of a user, as meta.location and Location carry it. */
export function userUrl(id: string): string {
  return `${publicBaseUrl}/Users/${id}`;
}

/**
 * A minimal, strictly RFC-shaped User resource a Systam tenant can create:
 * `<handle>@example.com` as userName and work email, workspace HEL-01.
 */
export function rfcUser(
  handle: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    schemas: [coreUserUrn, systamUserUrn],
    userName: `${handle}@example.com`,
    name: { givenName: capitalize(handle), familyName: 'Conformance' },
    emails: [{ value: `${handle}@example.com`, type: 'work' }],
    [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
    ...overrides,
  };
}

/** Creates a user and returns the resource the gateway answered with (201 asserted). */
export async function createUser(
  gateway: TestGateway,
  handle: string,
  overrides: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: string }> {
  const response = await gateway.post('/Users', rfcUser(handle, overrides));
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  return response.body as Record<string, unknown> & { id: string };
}

/** The demo owner usr_owner1, linked by POSTing exactly its current values. */
export async function linkDemoOwner(gateway: TestGateway): Promise<Record<string, unknown>> {
  const response = await gateway.post('/Users', {
    schemas: [coreUserUrn, systamUserUrn],
    userName: 'olivia.owner@example.com',
    name: { givenName: 'Olivia', familyName: 'Owner' },
    emails: [{ value: 'olivia.owner@example.com', type: 'work' }],
    preferredLanguage: 'en-US',
    [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
  });
  expect(response.status, JSON.stringify(response.body)).to.equal(201);
  expect(response.body.id).to.equal('usr_owner1');
  return response.body as Record<string, unknown>;
}

/** A PatchOp message (RFC 7644 section 3.5.2). */
export function patchOp(...operations: Record<string, unknown>[]): Record<string, unknown> {
  return { schemas: [patchOpUrn], Operations: operations };
}

/** `?filter=…` encoded, plus any further query text. */
export function filterQuery(filter: string, rest = ''): string {
  return `?filter=${encodeURIComponent(filter)}${rest}`;
}

export interface ExpectedError {
  readonly status: number;
  /** The scimType of RFC 7644 section 3.12; undefined asserts that there is none. */
  readonly scimType?: string;
  /** What the detail must mention, when a test cares. */
  readonly detail?: RegExp;
}

/**
 * Asserts an RFC 7644 section 3.12 Error answer: status, media type, a body
 * that passes the Error schema, `status` as the same number in a string,
 * the exact scimType (or none) and a non-empty detail.
 */
export function expectError(response: Response, expected: ExpectedError): void {
  const seen = `answer ${response.status} ${response.text}`;
  expect(response.status, seen).to.equal(expected.status);
  expect(response.headers['content-type'], seen).to.match(scimMediaType);
  expect(validators.isErrorResponse(response.body), seen).to.equal(true);
  expect(response.body.schemas, seen).to.deep.equal([errorUrn]);
  expect(response.body.status, seen).to.equal(String(expected.status));
  if (expected.scimType === undefined) expect(response.body, seen).not.to.have.property('scimType');
  else expect(response.body.scimType, seen).to.equal(expected.scimType);
  expect(response.body.detail, seen).to.be.a('string').that.is.not.empty;
  if (expected.detail !== undefined) expect(response.body.detail, seen).to.match(expected.detail);
}

export interface ListBody {
  readonly schemas: string[];
  readonly totalResults: number;
  readonly startIndex: number;
  readonly itemsPerPage: number;
  readonly Resources: Record<string, unknown>[];
}

/**
 * Asserts a 200 ListResponse (RFC 7644 section 3.4.2) that passes the
 * ListResponse schema and whose itemsPerPage counts its Resources.
 */
export function expectListResponse(response: Response): ListBody {
  const seen = `answer ${response.status} ${response.text}`;
  expect(response.status, seen).to.equal(200);
  expect(response.headers['content-type'], seen).to.match(scimMediaType);
  expect(validators.isListResponse(response.body), seen).to.equal(true);

  const body = response.body as ListBody;
  expect(body.schemas, seen).to.deep.equal([listResponseUrn]);
  expect(body.itemsPerPage, seen).to.equal(body.Resources.length);
  return body;
}

/** The userName of each resource of a list, in the order answered. */
export function userNamesOf(list: ListBody): unknown[] {
  return list.Resources.map((resource) => resource.userName);
}

/** The id of each resource of a list, in the order answered. */
export function idsOf(list: ListBody): unknown[] {
  return list.Resources.map((resource) => resource.id);
}

/** Every path in a JSON value whose value is null (RFC 7643 section 2.5: never returned). */
export function findNullPaths(value: unknown, path = '$'): string[] {
  if (value === null) return [path];
  if (Array.isArray(value))
    return value.flatMap((item, index) => findNullPaths(item, `${path}[${index}]`));
  if (typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) =>
    findNullPaths(item, `${path}.${key}`),
  );
}

/** The upstream calls that change Systam data, as "METHOD /path". */
export function upstreamWrites(gateway: TestGateway): string[] {
  return gateway.simulator.requests
    .filter((entry) => entry.method !== 'GET' && entry.method !== 'HEAD')
    .map((entry) => `${entry.method} ${entry.path}`);
}

/** The Systam version of a user, straight from the simulator (undefined once deleted). */
export function systamVersionOf(gateway: TestGateway, id: string): number | undefined {
  return gateway.simulator.user(demoOrgId, id)?.version;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
