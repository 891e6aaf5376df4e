import { expect } from 'chai';

import { filterQuery, patchOp } from '../support/scim-expectations.js';
import {
  coreUserUrn,
  demoOrgId,
  entraUser,
  systamUserUrn,
  TestGateway,
} from '../support/test-gateway.js';

const enterpriseUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const workEmailIs = (value: string) => filterQuery(`emails[type eq "work"].value eq "${value}"`);
// The probe Entra sends on Test Connection, encoded as it sends it.
const testConnectionProbe = '?filter=userName+eq+%22cf4d78e8-cc4f-4d5d-b8b9-183561c0104a%22';

// Systam policies, "Requests and responses": the forms Entra ID sends that
// strict RFC 7644 does not allow are accepted (entra-protocol.md sections 2 to 5).
describe('Entra ID forms', () => {
  let gateway: TestGateway;
  let id: string;

  beforeEach(async () => {
    gateway = await TestGateway.start();
    const created = await gateway.post(
      '/Users',
      entraUser({
        emails: [
          { type: 'work', value: 'avery.lin@example.com', primary: true },
          { type: 'other', value: 'avery@home.example' },
        ],
      }),
    );
    id = created.body.id;
  });

  afterEach(async () => {
    await gateway.close();
  });

  const stored = () => gateway.simulator.user(demoOrgId, id);

  describe('GET /Users?filter', () => {
    for (const [label, query] of [
      ['an unquoted value', filterQuery('externalId eq avery')],
      ['quotes and spaces as %22 and +', '?filter=userName+eq+%22avery.lin%40example.com%22'],
      ['userName in another letter case', filterQuery('userName eq "AVERY.Lin@Example.com"')],
      ['an attribute name in another case', filterQuery('USERNAME Eq "avery.lin@example.com"')],
      ['the work email form', workEmailIs('avery.lin@example.com')],
      ['the work email form in another letter case', workEmailIs('Avery.LIN@example.com')],
      ['the tenant URL flag', `${filterQuery('externalId eq "avery"')}&aadOptscim062020`],
    ] as const) {
      it(`answers 200 with the user for ${label}`, async () => {
        const response = await gateway.get(`/Users${query}`);

        expect(response.status).to.equal(200);
        expect(response.body.totalResults).to.equal(1);
        expect(response.body.Resources[0].id).to.equal(id);
      });
    }

    it('answers 200 with no Resources for the Test Connection probe (a random GUID)', async () => {
      const response = await gateway.get(`/Users${testConnectionProbe}`);

      expect(response.status).to.equal(200);
      expect(response.body).to.deep.include({ totalResults: 0, Resources: [] });
    });
  });

  describe('POST /Users', () => {
    it('answers 201 when schemas lacks the Systam extension URN (and lists the enterprise one)', async () => {
      const body = entraUser({
        schemas: [coreUserUrn, enterpriseUrn],
        userName: 'no.urn@example.com',
        emails: [{ type: 'work', value: 'no.urn@example.com' }],
        [systamUserUrn]: { primaryWorkspace: 'SIN-01' },
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      const created = gateway.simulator.user(demoOrgId, response.body.id);
      expect(created?.primaryWorkspaceId).to.equal('wsp_sin01');
      expect(response.body.schemas).to.deep.equal([coreUserUrn, systamUserUrn]);
    });

    it('answers 201 ignoring a client meta, with the server meta in its place', async () => {
      const body = entraUser({
        userName: 'meta@example.com',
        emails: [{ type: 'work', value: 'meta@example.com' }],
        meta: {
          resourceType: 'Group',
          created: '2001-01-01T00:00:00Z',
          location: 'https://elsewhere.example/x',
          version: 'W/"99"',
        },
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(response.body.meta.resourceType).to.equal('User');
      expect(response.body.meta.created).not.to.equal('2001-01-01T00:00:00Z');
      expect(response.body.meta.location).to.match(/^http:\/\/127\.0\.0\.1:\d+\/scim\/v2\/Users\//);
      expect(response.body.meta.location).to.match(new RegExp(`/Users/${response.body.id}$`));
      expect(response.body.meta.version).to.equal('"1"');
    });

    it('answers 201 to the old sample with null for every absent attribute', async () => {
      const body = entraUser({
        userName: 'nulls@example.com',
        emails: [{ type: 'work', value: 'nulls@example.com', primary: 'True' }],
        addresses: null,
        phoneNumbers: null,
        preferredLanguage: null,
        title: null,
        nickName: null,
        roles: [],
        [enterpriseUrn]: null,
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      const created = gateway.simulator.user(demoOrgId, response.body.id);
      expect(created).to.deep.include({ phone: null, language: null });
    });

    it('answers 201 to attribute names and the extension URN in other letter cases', async () => {
      const body = {
        schemas: [coreUserUrn],
        USERNAME: 'cases@example.com',
        Name: { GivenName: 'Case', FAMILYNAME: 'Study' },
        Emails: [{ Type: 'work', VALUE: 'cases@example.com' }],
        [systamUserUrn.toUpperCase()]: { PrimaryWorkspace: 'REMOTE' },
      };

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(gateway.simulator.user(demoOrgId, response.body.id)).to.deep.include({
        firstName: 'Case',
        primaryWorkspaceId: 'wsp_remote',
      });
    });
  });

  describe('PATCH /Users/{id} (entra-protocol.md section 5)', () => {
    it('answers 200 to legacy one-op-per-attribute shapes with capitalised ops', async () => {
      const body = patchOp(
        { op: 'Replace', path: 'userName', value: 'Ada@Example.com' },
        { op: 'Replace', path: 'name.familyName', value: 'Byron' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada.l@example.com' },
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '+1 (555) 010-0000' },
        { op: 'Replace', path: `${systamUserUrn}:primaryWorkspace`, value: 'NYC-01' },
        { op: 'Add', path: 'nickName', value: 'Ada' },
        { op: 'Add', path: `${enterpriseUrn}:manager`, value: 'usr_owner1' },
        { op: 'Add', path: 'roles', value: [{ value: '{"id":"1","value":"Admin"}' }] },
      );

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(stored()).to.deep.include({
        lastName: 'Byron',
        email: 'ada.l@example.com',
        phone: '+1 (555) 010-0000',
        primaryWorkspaceId: 'wsp_nyc01',
        scimLink: { userName: 'Ada@Example.com', externalId: 'avery' },
      });
    });

    it('answers 200 to the aadOptscim062020 path-less object of dotted and URN keys', async () => {
      const body = patchOp({
        op: 'replace',
        value: {
          displayName: 'Ada Byron',
          'name.givenName': 'Ada',
          'name.familyName': 'Byron',
          [`${systamUserUrn}:primaryWorkspace`]: 'SIN-01',
          [`${enterpriseUrn}:employeeNumber`]: 'E-1',
        },
      });

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(stored()).to.deep.include({
        firstName: 'Ada',
        lastName: 'Byron',
        primaryWorkspaceId: 'wsp_sin01',
      });
    });

    it('answers 200 to a path-less value holding the extension as a nested object', async () => {
      const value = { [systamUserUrn]: { primaryWorkspace: 'REMOTE' } };
      const body = patchOp({ op: 'replace', value });

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(stored()?.primaryWorkspaceId).to.equal('wsp_remote');
    });

    it('answers 200 to the .Value spelling and a first filtered element that does not exist yet', async () => {
      const body = patchOp(
        { op: 'Replace', path: 'emails[type eq "other"].Value', value: 'ada@home.example' },
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '040 123' },
        { op: 'Add', path: 'phoneNumbers[type eq "other"].value', value: '040 456' },
      );

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(stored()).to.deep.include({
        secondaryEmail: 'ada@home.example',
        phone: '040 123',
        secondaryPhone: '040 456',
      });
    });

    it('answers 200 to a Remove with a value, clearing only when the value matches', async () => {
      const path = 'emails[type eq "other"].value';
      const body = patchOp({ op: 'Remove', path, value: 'avery@home.example' });

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(stored()?.secondaryEmail).to.equal(null);
    });

    it('answers 200 to the legacy "." separator between the extension URN and the attribute', async () => {
      const path = `${systamUserUrn}.primaryWorkspace`;
      const body = patchOp({ op: 'Replace', path, value: 'SIN-01' });

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(stored()?.primaryWorkspaceId).to.equal('wsp_sin01');
    });

    it('answers 200 to an empty Operations list, writing nothing', async () => {
      gateway.simulator.clearRequests();
      const body = { Operations: [], schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'] };

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(gateway.upstreamCalls().filter((call) => !call.startsWith('GET'))).to.deep.equal([]);
    });
  });
});
