import { expect } from 'chai';
import type { Test } from 'supertest';

import { scimTestToken, type TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  filterQuery,
  patchOp,
  rfcUser,
  startGateway,
} from './conformance-support.js';

interface ErrorCase {
  readonly label: string;
  readonly request: (gateway: TestGateway, userId: string) => Test;
  readonly status: number;
  readonly scimType?: string;
}

// RFC 7644 section 3.12: every error is an Error message (schemas, status as
// a string, scimType where Table 9 defines one, detail) with the HTTP status
// the section assigns. Each row provokes one status or scimType over HTTP.
const cases: readonly ErrorCase[] = [
  {
    label: 'a filter that does not parse',
    status: 400,
    scimType: 'invalidFilter',
    request: (g) => g.get(`/Users${filterQuery('userName eq')}`),
  },
  {
    label: 'a filter past the scan limit',
    status: 400,
    scimType: 'tooMany',
    request: (g) => g.get(`/Users${filterQuery('name.givenName co "e"')}`),
  },
  {
    label: 'a taken userName',
    status: 409,
    scimType: 'uniqueness',
    request: (g) => g.post('/Users', rfcUser('errors.first')),
  },
  {
    label: 'a PATCH of id',
    status: 400,
    scimType: 'mutability',
    request: (g, id) => g.patch(`/Users/${id}`, patchOp({ op: 'replace', path: 'id', value: 'x' })),
  },
  {
    label: 'a PATCH without Operations',
    status: 400,
    scimType: 'invalidSyntax',
    request: (g, id) =>
      g.patch(`/Users/${id}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] }),
  },
  {
    label: 'a malformed PATCH path',
    status: 400,
    scimType: 'invalidPath',
    request: (g, id) =>
      g.patch(`/Users/${id}`, patchOp({ op: 'replace', path: 'emails[type', value: 'x' })),
  },
  {
    label: 'a remove without path',
    status: 400,
    scimType: 'noTarget',
    request: (g, id) => g.patch(`/Users/${id}`, patchOp({ op: 'remove' })),
  },
  {
    label: 'a User without userName',
    status: 400,
    scimType: 'invalidValue',
    request: (g) => g.post('/Users', rfcUser('errors.nameless', { userName: undefined })),
  },
  {
    label: 'another SCIM version',
    status: 400,
    scimType: 'invalidVers',
    request: (g) => g.raw().get('/scim/v1/Users').set('Authorization', `Bearer ${scimTestToken}`),
  },
  { label: 'no bearer token', status: 401, request: (g) => g.raw().get('/scim/v2/Users') },
  {
    label: 'a wrong bearer token',
    status: 401,
    request: (g) => g.raw().get('/scim/v2/Users').set('Authorization', 'Bearer not-the-token'),
  },
  {
    label: 'a filter on a discovery endpoint',
    status: 403,
    request: (g) => g.get(`/Schemas${filterQuery('id pr')}`),
  },
  { label: 'an unknown id', status: 404, request: (g) => g.get('/Users/usr_unknown0') },
  { label: 'a method the endpoint does not take', status: 405, request: (g) => g.delete('/Users') },
  {
    label: 'a stale If-Match',
    status: 412,
    request: (g, id) =>
      g
        .patch(`/Users/${id}`, patchOp({ op: 'replace', path: 'externalId', value: 'x' }))
        .set('If-Match', '"999"'),
  },
  {
    label: 'a body over the size limit',
    status: 413,
    request: (g) => g.post('/Users', rfcUser('errors.big', { displayName: 'x'.repeat(4096) })),
  },
  {
    label: 'a body that is not JSON',
    status: 415,
    request: (g) =>
      g
        .raw()
        .post('/scim/v2/Users')
        .set('Authorization', `Bearer ${scimTestToken}`)
        .set('Content-Type', 'text/plain')
        .send('x'),
  },
  {
    label: 'an operation the gateway does not offer',
    status: 501,
    request: (g) => g.post('/Bulk', {}),
  },
];

describe('RFC 7644 §3.12 HTTP Status and Error Response Handling', () => {
  let gateway: TestGateway;
  let userId: string;

  before(async () => {
    gateway = await startGateway({
      env: { BODY_LIMIT_BYTES: '2048' },
      adjust: (c) => ({ ...c, query: { ...c.query, scanLimit: 1 } }),
    });
    userId = (await createUser(gateway, 'errors.first')).id;
    await createUser(gateway, 'errors.second');
  });

  after(async () => {
    await gateway.close();
  });

  for (const { label, request, status, scimType } of cases) {
    const type = scimType === undefined ? 'without scimType' : scimType;
    it(`answers ${status} ${type} as an Error message for ${label}`, async () => {
      const response = await request(gateway, userId);

      expectError(response, { status, ...(scimType !== undefined && { scimType }) });
      expect(response.body.detail).to.not.match(/\n\s+at /);
    });
  }

  it('challenges a request without token with WWW-Authenticate: Bearer', async () => {
    const response = await gateway.raw().get('/scim/v2/Users');

    expect(response.status).to.equal(401);
    expect(response.headers['www-authenticate']).to.match(/^Bearer\b/);
  });

  it('keeps the Error message free of members the schema does not define', async () => {
    const response = await gateway.get('/Users/usr_unknown0');

    expect(Object.keys(response.body).sort()).to.deep.equal(['detail', 'schemas', 'status']);
  });
});
