import { expect } from 'chai';

import {
  coreUserUrn,
  demoOrgId,
  entraUser,
  scimTestToken,
  systamUserUrn,
  TestGateway,
} from '../support/test-gateway.js';
import {
  createEntraUser,
  enterpriseUserUrn,
  expectScimError,
  findNulls,
  nextUserName,
  storedUser,
  upstreamCalls,
  upstreamWrites,
  usersPath,
  workspacePath,
  type ScimUser,
} from './entra-test-support.js';

/** A POST body for a fresh user with a unique userName and work email. */
function freshUser(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const userName = nextUserName();
  const emails = [{ type: 'work', value: userName, primary: true }];
  return entraUser({ userName, emails, ...overrides });
}

// /work/shared/docs/field-reports.md, the entries about POST /Users and queries.
describe('POST /Users and GET /Users: field reports', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  beforeEach(() => {
    gateway.simulator.clearRequests();
  });

  after(async () => {
    await gateway.close();
  });

  describe('field report 2: active "True" in a POST body', () => {
    it('answers 201 with "active": true as a JSON boolean', async () => {
      const response = await gateway.post('/Users', freshUser({ active: 'True' }));

      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body.active).to.equal(true);
    });
  });

  describe('field report 23: filter on a URN-qualified extension attribute', () => {
    it('answers the Systam extension filter with a 200 ListResponse, never 404', async () => {
      const user = await createEntraUser(gateway, {
        [systamUserUrn]: { primaryWorkspace: 'SIN-01' },
      });
      const filter = encodeURIComponent(`${workspacePath} eq "SIN-01"`);

      const response = await gateway.get(`/Users?filter=${filter}`);

      expect(response.status).to.equal(200);
      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.include(user.id);
    });

    it('answers the enterprise employeeNumber filter with 400 invalidFilter, never 404', async () => {
      const filter = encodeURIComponent(`${enterpriseUserUrn}:employeeNumber eq "E-7001"`);

      const response = await gateway.get(`/Users?filter=${filter}`);

      expectScimError(response, 400, 'invalidFilter', ['employeeNumber']);
    });
  });

  describe('field report 24: more than userName eq understood', () => {
    let user: ScimUser;

    before(async () => {
      user = await createEntraUser(gateway, {
        userName: 'fr24.user@example.com',
        externalId: 'fr24-ext',
        emails: [{ type: 'work', value: 'fr24.user@example.com' }],
      });
    });

    for (const [form, filter] of [
      ['quoted externalId', 'externalId eq "fr24-ext"'],
      ['unquoted externalId', 'externalId eq fr24-ext'],
      ['userName in capitals', 'userName eq "FR24.USER@EXAMPLE.COM"'],
    ]) {
      it(`finds the user by ${form}: 200, one result`, async () => {
        const response = await gateway.get(`/Users?filter=${encodeURIComponent(filter ?? '')}`);

        expect(response.status).to.equal(200);
        expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal([
          user.id,
        ]);
      });
    }

    it('finds the user by id eq: 200, one result', async () => {
      const user = await createEntraUser(gateway);

      const response = await gateway.get(
        `/Users?filter=${encodeURIComponent(`id eq "${user.id}"`)}`,
      );

      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.deep.equal([
        user.id,
      ]);
    });

    it('answers an unsupported filter with 400 invalidFilter, never an empty 200', async () => {
      const response = await gateway.get(`/Users?filter=${encodeURIComponent('nickName eq "x"')}`);

      expectScimError(response, 400, 'invalidFilter', ['nickName']);
    });
  });

  describe('field report 26: paging parameters are optional', () => {
    it('answers GET /Users with every user, startIndex 1 and the full totalResults', async () => {
      const created = await createEntraUser(gateway);

      const response = await gateway.get('/Users').expect(200);

      const total = gateway.simulator
        .users(demoOrgId)
        .filter((user) => user.scimLink !== null).length;
      expect(response.body.startIndex).to.equal(1);
      expect(response.body.totalResults).to.equal(total);
      expect(response.body.Resources).to.have.length(total);
      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.include(
        created.id,
      );
    });
  });

  describe('field report 27: duplicate userName', () => {
    it('answers 409 uniqueness with status "409" for the same userName in another case', async () => {
      const first = await createEntraUser(gateway);
      const before = gateway.simulator.users(demoOrgId).length;

      const response = await gateway.post(
        '/Users',
        freshUser({ userName: String(first.userName).toUpperCase() }),
      );

      expectScimError(response, 409, 'uniqueness', [String(first.userName).toUpperCase()]);
      expect(gateway.simulator.users(demoOrgId)).to.have.length(before);
    });

    it("maps Systam's own username conflict to exactly that answer", async () => {
      const first = await createEntraUser(gateway);

      const response = await gateway.post('/Users', freshUser({ userName: first.userName }));

      expectScimError(response, 409, 'uniqueness', ['userName']);
      const create = upstreamCalls(gateway).find((call) => call.method === 'POST');
      expect(create?.path).to.equal(usersPath);
      expect(gateway.simulator.requests.find((entry) => entry.method === 'POST')?.status).to.equal(
        409,
      );
    });
  });

  describe('field report 31: "externalId": null on create', () => {
    it('accepts it with 201 and omits externalId (and the other nulls) from the answer', async () => {
      const response = await gateway.post(
        '/Users',
        freshUser({
          externalId: null,
          phoneNumbers: null,
          preferredLanguage: null,
          addresses: null,
        }),
      );

      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body).not.to.have.property('externalId');
      expect(findNulls(response.body)).to.deep.equal([]);
      expect(storedUser(gateway, response.body.id).scimLink?.externalId).to.equal(null);
    });
  });

  describe('field report 34: Content-Type application/scim+json with a charset', () => {
    for (const contentType of [
      'application/scim+json; charset=utf-8',
      'application/scim+json;charset=UTF-8',
      'application/json; charset=utf-8',
    ]) {
      it(`parses a POST and a PATCH sent as "${contentType}": 201, 200`, async () => {
        const body = freshUser();

        const created = await gateway
          .raw()
          .post('/scim/v2/Users')
          .set('Authorization', `Bearer ${scimTestToken}`)
          .set('Content-Type', contentType)
          .send(JSON.stringify(body));
        const patched = await gateway
          .raw()
          .patch(`/scim/v2/Users/${created.body.id}`)
          .set('Authorization', `Bearer ${scimTestToken}`)
          .set('Content-Type', contentType)
          .send(
            JSON.stringify({
              schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'],
              Operations: [{ op: 'Replace', path: 'name.familyName', value: 'Charset' }],
            }),
          );

        expect(created.status, JSON.stringify(created.body)).to.equal(201);
        expect(created.body.userName).to.equal(body.userName);
        expect(patched.status, JSON.stringify(patched.body)).to.equal(200);
        expect(patched.headers['content-type']).to.match(/^application\/scim\+json/);
        expect(storedUser(gateway, created.body.id).lastName).to.equal('Charset');
      });
    }
  });

  describe('field report 36: the id after create', () => {
    it('carries the Systam id in the 201 body and the Location header, never the userName', async () => {
      const body = freshUser();

      const response = await gateway.post('/Users', body).expect(201);

      const id = response.body.id as string;
      expect(id).not.to.equal(body.userName);
      expect(gateway.simulator.user(demoOrgId, id)?.scimLink?.userName).to.equal(body.userName);
      expect(response.headers.location).to.match(new RegExp(`/scim/v2/Users/${id}$`));
      expect(response.headers.location).to.equal(response.body.meta.location);
    });

    it('answers 502 without inventing an id when Systam fails the create', async () => {
      gateway.simulator.injectFault({
        kind: 'internal',
        method: 'POST',
        path: usersPath,
        times: 1,
      });

      const response = await gateway.post('/Users', freshUser());

      expectScimError(response, 502, undefined, ['Systam']);
      expect(response.body).not.to.have.property('id');
      expect(response.headers).not.to.have.property('location');
    });
  });

  describe('field report 37: the custom extension attribute', () => {
    it('stores and echoes primaryWorkspace when the URN is missing from schemas: 201', async () => {
      const body = freshUser({
        schemas: [coreUserUrn],
        [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
      });

      const response = await gateway.post('/Users', body);

      expect(response.status, JSON.stringify(response.body)).to.equal(201);
      expect(response.body.schemas).to.deep.equal([coreUserUrn, systamUserUrn]);
      expect(response.body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'REMOTE' });
      expect(storedUser(gateway, response.body.id).primaryWorkspaceId).to.equal('wsp_remote');
      expect(upstreamWrites(gateway).map((call) => call.method)).to.deep.equal(['POST']);
    });

    it('lists the URN and its attribute in /Schemas and /ResourceTypes', async () => {
      const schemas = await gateway.get('/Schemas').expect(200);
      const resourceTypes = await gateway.get('/ResourceTypes').expect(200);

      const extension = schemas.body.Resources.find(
        (schema: { id: string }) => schema.id === systamUserUrn,
      );
      expect(
        extension.attributes.map((attribute: { name: string }) => attribute.name),
      ).to.deep.equal(['primaryWorkspace']);
      const user = resourceTypes.body.Resources.find((type: { id: string }) => type.id === 'User');
      expect(user.schemaExtensions).to.deep.include({ schema: systamUserUrn, required: true });
    });

    it('is filterable under its URN: 200', async () => {
      const user = await createEntraUser(gateway, {
        [systamUserUrn]: { primaryWorkspace: 'REMOTE' },
      });

      const response = await gateway.get(
        `/Users?filter=${encodeURIComponent(`${workspacePath} eq "REMOTE"`)}`,
      );

      expect(response.status).to.equal(200);
      expect(response.body.Resources.map((resource: ScimUser) => resource.id)).to.include(user.id);
    });
  });
});
