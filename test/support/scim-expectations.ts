import { expect } from 'chai';
import type { Response } from 'supertest';

import type { RunningSimulator } from '../../src/simulator/start-simulator.js';
import { patchOpUrn } from './test-gateway.js';

export const errorUrn = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const listResponseUrn = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export interface ExpectedScimError {
  readonly status: number;
  /** The RFC 7644 section 3.12 scimType; undefined asserts that there is none. */
  readonly scimType?: string;
  /** What the detail must say. */
  readonly detail: RegExp;
}

/**
 * Asserts a SCIM Error answer (RFC 7644 section 3.12): media type, schemas,
 * status, scimType and detail.
 */
export function expectScimError(response: Response, expected: ExpectedScimError): void {
  const seen = `answer ${response.status} ${JSON.stringify(response.body)}`;
  expect(response.status, seen).to.equal(expected.status);
  expect(response.headers['content-type'], seen).to.match(/^application\/scim\+json/);
  expect(response.body.schemas, seen).to.deep.equal([errorUrn]);
  expect(response.body.status, seen).to.equal(String(expected.status));
  if (expected.scimType === undefined) expect(response.body, seen).not.to.have.property('scimType');
  else expect(response.body.scimType, seen).to.equal(expected.scimType);
  expect(response.body.detail, seen).to.be.a('string').and.match(expected.detail);
}

/** The upstream calls that can change Systam data (every method but GET), as "METHOD /path". */
export function upstreamWrites(simulator: RunningSimulator): string[] {
  return simulator.requests
    .filter((entry) => entry.method !== 'GET' && entry.method !== 'HEAD')
    .map((entry) => `${entry.method} ${entry.path}`);
}

/** A PatchOp message (RFC 7644 section 3.5.2) with these operations. */
export function patchOp(...operations: Record<string, unknown>[]): Record<string, unknown> {
  return { schemas: [patchOpUrn], Operations: operations };
}

/** A filter as a query string, encoded the way Entra sends it. */
export function filterQuery(filter: string): string {
  return `?filter=${encodeURIComponent(filter)}`;
}
