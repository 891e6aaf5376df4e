import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  expectListResponse,
  rfcUser,
  scimMediaType,
  send,
  startGateway,
  type HttpMethod,
} from './conformance-support.js';

// RFC 7644 section 3.2 lists the endpoints and the methods each one takes.
// A path that is no endpoint is a 404 SCIM Error; a method an endpoint does
// not take is 405 with an Allow header (RFC 9110 section 15.5.6).
describe('RFC 7644 §3.2 SCIM Endpoints and HTTP Methods', () => {
  let gateway: TestGateway;
  let userId: string;

  before(async () => {
    gateway = await startGateway();
    userId = (await createUser(gateway, 'endpoints')).id;
  });

  after(async () => {
    await gateway.close();
  });

  describe('the endpoints the gateway serves', () => {
    for (const path of [
      '/ServiceProviderConfig',
      '/ResourceTypes/User',
      `/Schemas/urn:ietf:params:scim:schemas:core:2.0:User`,
    ]) {
      it(`answers 200 application/scim+json to GET ${path}`, async () => {
        const response = await gateway.get(path);

        expect(response.status).to.equal(200);
        expect(response.headers['content-type']).to.match(scimMediaType);
      });
    }

    for (const path of ['/Users', '/ResourceTypes', '/Schemas', '/Groups']) {
      it(`answers a ListResponse to GET ${path}`, async () => {
        const list = expectListResponse(await gateway.get(path));

        expect(list.startIndex).to.equal(1);
      });
    }

    it('answers GET /Groups with an empty list: Systam has no groups (policy)', async () => {
      const list = expectListResponse(await gateway.get('/Groups'));

      expect(list.totalResults).to.equal(0);
      expect(list.Resources).to.deep.equal([]);
    });

    it('answers GET /Groups with a filter with an empty list too (policy)', async () => {
      const list = expectListResponse(
        await gateway.get(`/Groups?filter=${encodeURIComponent('displayName eq "Admins"')}`),
      );

      expect(list.totalResults).to.equal(0);
      expect(list.Resources).to.deep.equal([]);
    });

    it('answers 200 to GET /Users/{id}', async () => {
      const response = await gateway.get(`/Users/${userId}`);

      expect(response.status).to.equal(200);
      expect(response.body.id).to.equal(userId);
    });
  });

  describe('paths that are no SCIM endpoint', () => {
    for (const path of [
      '/Foo',
      '/Users/x/y',
      '/Schemas/urn:example:unknown',
      '/ResourceTypes/Device',
      '/',
    ]) {
      it(`answers 404 without scimType to GET ${path}`, async () => {
        const response = await gateway.get(path);

        expectError(response, { status: 404 });
      });
    }

    it('answers 404 without scimType to POST /Foo with a valid body', async () => {
      const response = await gateway.post('/Foo', rfcUser('nowhere'));

      expectError(response, { status: 404 });
    });
  });

  describe('methods an endpoint does not take', () => {
    const cases: readonly [HttpMethod, string, string][] = [
      ['DELETE', '/Users', 'GET, POST'],
      ['PUT', '/Users', 'GET, POST'],
      ['PATCH', '/Users', 'GET, POST'],
      ['POST', '/Users/{id}', 'GET, PUT, PATCH, DELETE'],
      ['GET', '/Users/.search', 'POST'],
      ['DELETE', '/Users/.search', 'POST'],
      ['PUT', '/ServiceProviderConfig', 'GET'],
      ['POST', '/ResourceTypes', 'GET'],
      ['DELETE', '/ResourceTypes/User', 'GET'],
      ['PATCH', '/Schemas', 'GET'],
    ];

    for (const [method, path, allow] of cases) {
      it(`answers ${method} ${path} with 405 and Allow: ${allow}`, async () => {
        const url = path.replace('{id}', userId);

        const response = await send(gateway, method, url);

        expectError(response, { status: 405 });
        expect(response.headers.allow).to.equal(allow);
      });
    }
  });

  describe('group writes (policy: Systam has no groups)', () => {
    for (const [method, path] of [
      ['POST', '/Groups'],
      ['PUT', '/Groups/g1'],
      ['PATCH', '/Groups/g1'],
      ['DELETE', '/Groups/g1'],
    ] as const) {
      it(`answers ${method} ${path} with 501 without scimType`, async () => {
        const response = await send(gateway, method, path);

        expectError(response, { status: 501, detail: /group/i });
      });
    }
  });
});
