import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { filterQuery, patchOp } from '../support/scim-expectations.js';
import {
  coreUserUrn,
  demoOrgId,
  entraUser,
  systamUserUrn,
  TestGateway,
} from '../support/test-gateway.js';

// Every row of the mapping table, with values no normalisation would leave
// alone: mixed case, punctuation in phone numbers, non-ASCII names.
const fullUser = entraUser({
  userName: 'Mixed.Case@Example.COM',
  externalId: 'Ext-ID_42',
  name: { givenName: 'Åsa-Lotta', familyName: "O'Neil Smith" },
  emails: [
    { type: 'work', value: 'Mixed.Case@Example.COM', primary: true },
    { type: 'other', value: 'Second.Mail@Example.ORG' },
  ],
  phoneNumbers: [
    { type: 'work', value: '+1 (555) 010-0000' },
    { type: 'other', value: '040.123 45-67' },
  ],
  preferredLanguage: 'fi-FI',
  [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
});

const fullSeedUser = linkedSeedUser({
  id: 'usr_fullseed',
  email: 'Full.Seed@Example.com',
  secondaryEmail: 'full.OTHER@example.net',
  firstName: 'Zoë',
  lastName: 'van der Berg',
  phone: '+44 20 7946 0958',
  secondaryPhone: '(020) 7946-0000',
  language: 'en-GB',
  primaryWorkspaceId: 'wsp_sin01',
  scimLink: { userName: 'Full.Seed@Example.com', externalId: 'FullSeed' },
});

// A configured public URL makes meta.location the same whatever port
// supertest happened to use.
const publicBaseUrl = 'https://scim.systam.test/scim/v2';

/** Every key path whose value is null, anywhere in a JSON value. */
function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    nullPaths(child, `${path}/${key}`),
  );
}

/** The checks every readable user passes (Systam policies, "Attribute mapping", last bullet). */
function expectReadableUser(user: Record<string, unknown>, id: string, version: number): void {
  expect(user.schemas).to.deep.equal([coreUserUrn, systamUserUrn]);
  expect(user[systamUserUrn]).to.be.an('object').with.property('primaryWorkspace');
  expect(user.active).to.equal(true);
  const meta = user.meta as Record<string, unknown>;
  expect(meta.resourceType).to.equal('User');
  expect(Date.parse(String(meta.created))).to.be.a('number').and.not.be.NaN;
  expect(Date.parse(String(meta.lastModified))).to.be.at.least(Date.parse(String(meta.created)));
  expect(meta.location).to.equal(`${publicBaseUrl}/Users/${id}`);
  expect(meta.version).to.equal(`"${version}"`);
  expect(nullPaths(user)).to.deep.equal([]);
}

describe('attribute mapping', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await TestGateway.start({
      seed: demoSeedWith(fullSeedUser),
      env: { PUBLIC_BASE_URL: publicBaseUrl },
    });
  });

  afterEach(async () => {
    await gateway.close();
  });

  describe('POST /Users', () => {
    it('answers 201 and stores every mapped attribute in its Systam field, byte for byte', async () => {
      const response = await gateway.post('/Users', fullUser);

      expect(response.status).to.equal(201);
      const stored = gateway.simulator.user(demoOrgId, response.body.id);
      expect(stored).to.deep.include({
        email: 'Mixed.Case@Example.COM',
        secondaryEmail: 'Second.Mail@Example.ORG',
        firstName: 'Åsa-Lotta',
        lastName: "O'Neil Smith",
        phone: '+1 (555) 010-0000',
        secondaryPhone: '040.123 45-67',
        language: 'fi-FI',
        primaryWorkspaceId: 'wsp_nyc01',
        role: 'member',
        scimLink: { userName: 'Mixed.Case@Example.COM', externalId: 'Ext-ID_42' },
      });
    });

    it('answers 201 with every attribute returned exactly as sent', async () => {
      const response = await gateway.post('/Users', fullUser);

      expect(response.body).to.deep.include({
        userName: 'Mixed.Case@Example.COM',
        externalId: 'Ext-ID_42',
        name: { givenName: 'Åsa-Lotta', familyName: "O'Neil Smith" },
        preferredLanguage: 'fi-FI',
        [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
      });
      expect(response.body.emails).to.have.deep.members([
        { type: 'work', value: 'Mixed.Case@Example.COM' },
        { type: 'other', value: 'Second.Mail@Example.ORG' },
      ]);
      expect(response.body.phoneNumbers).to.have.deep.members([
        { type: 'work', value: '+1 (555) 010-0000' },
        { type: 'other', value: '040.123 45-67' },
      ]);
    });

    it('answers 201 with a readable user: schemas, extension, active true and full meta', async () => {
      const response = await gateway.post('/Users', fullUser);

      expectReadableUser(response.body, response.body.id, 1);
    });

    it('answers 201 with a user whose GET answers the same representation', async () => {
      const created = await gateway.post('/Users', fullUser);

      const read = await gateway.get(`/Users/${created.body.id}`);

      expect(read.body).to.deep.equal(created.body);
    });
  });

  describe('GET /Users/{id}', () => {
    it('answers 200 with every Systam field under its SCIM attribute, exactly as stored', async () => {
      const response = await gateway.get('/Users/usr_fullseed');

      expect(response.status).to.equal(200);
      expect(response.body).to.deep.include({
        id: 'usr_fullseed',
        userName: 'Full.Seed@Example.com',
        externalId: 'FullSeed',
        name: { givenName: 'Zoë', familyName: 'van der Berg' },
        preferredLanguage: 'en-GB',
        [systamUserUrn]: { primaryWorkspace: 'SIN-01' },
      });
      expect(response.body.emails).to.have.deep.members([
        { type: 'work', value: 'Full.Seed@Example.com' },
        { type: 'other', value: 'full.OTHER@example.net' },
      ]);
      expect(response.body.phoneNumbers).to.have.deep.members([
        { type: 'work', value: '+44 20 7946 0958' },
        { type: 'other', value: '(020) 7946-0000' },
      ]);
    });

    it('answers 200 with a readable user whose meta matches the Systam record and the ETag', async () => {
      const response = await gateway.get('/Users/usr_fullseed');

      const stored = gateway.simulator.user(demoOrgId, 'usr_fullseed');
      expectReadableUser(response.body, 'usr_fullseed', stored!.version);
      expect(response.body.meta.created).to.equal(stored!.createdAt);
      expect(response.body.meta.lastModified).to.equal(stored!.updatedAt);
      expect(response.headers.etag).to.equal(response.body.meta.version);
    });

    it('answers 200 omitting every unset optional attribute (never null)', async () => {
      const created = await gateway.post('/Users', entraUser());

      const read = await gateway.get(`/Users/${created.body.id}`);

      expect(read.body).to.include.keys('userName', 'externalId', 'name', 'emails');
      expect(read.body).not.to.have.any.keys('phoneNumbers', 'preferredLanguage');
      expect(read.body.emails).to.deep.equal([{ type: 'work', value: 'avery.lin@example.com' }]);
      expect(nullPaths(read.body)).to.deep.equal([]);
    });
  });

  describe('GET /Users', () => {
    it('answers 200 with readable users in the list and in filter results', async () => {
      const listed = await gateway.get('/Users');
      const query = filterQuery('userName eq "full.seed@example.com"');
      const filtered = await gateway.get(`/Users${query}`);

      for (const response of [listed, filtered]) {
        expect(response.body.Resources).to.have.lengthOf(1);
        expectReadableUser(response.body.Resources[0], 'usr_fullseed', 1);
        expect(response.body.Resources[0].userName).to.equal('Full.Seed@Example.com');
      }
    });
  });

  describe('PATCH /Users/{id}', () => {
    it('answers 200 and stores each PATCHed attribute in its Systam field, byte for byte', async () => {
      const body = patchOp(
        { op: 'Replace', path: 'name.familyName', value: 'DE LA Cruz' },
        { op: 'Replace', path: 'phoneNumbers[type eq "work"].value', value: '+1 (555) 010-0000' },
        { op: 'Replace', path: 'emails[type eq "other"].value', value: 'New.Other@Example.NET' },
        { op: 'Replace', path: 'preferredLanguage', value: 'sv-FI' },
        { op: 'Replace', path: `${systamUserUrn}:primaryWorkspace`, value: 'REMOTE' },
        { op: 'Replace', path: 'externalId', value: 'NewExt' },
      );

      const response = await gateway.patch('/Users/usr_fullseed', body);

      expect(response.status).to.equal(200);
      expect(gateway.simulator.user(demoOrgId, 'usr_fullseed')).to.deep.include({
        lastName: 'DE LA Cruz',
        phone: '+1 (555) 010-0000',
        secondaryEmail: 'New.Other@Example.NET',
        language: 'sv-FI',
        primaryWorkspaceId: 'wsp_remote',
        scimLink: { userName: 'Full.Seed@Example.com', externalId: 'NewExt' },
      });
      expectReadableUser(response.body, 'usr_fullseed', 2);
      expect(response.body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'REMOTE' });
    });

    it('answers 200 and stores a change of letter case only in userName and the work email', async () => {
      const body = patchOp(
        { op: 'Replace', path: 'userName', value: 'FULL.SEED@example.com' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'full.seed@EXAMPLE.com' },
      );

      const response = await gateway.patch('/Users/usr_fullseed', body);

      expect(response.status).to.equal(200);
      expect(gateway.simulator.user(demoOrgId, 'usr_fullseed')).to.deep.include({
        email: 'full.seed@EXAMPLE.com',
        scimLink: { userName: 'FULL.SEED@example.com', externalId: 'FullSeed' },
      });
      expect(response.body.userName).to.equal('FULL.SEED@example.com');
    });

    it('answers 200 and changes nothing upstream when the values are those already stored', async () => {
      gateway.simulator.clearRequests();
      const body = patchOp(
        { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '+44 20 7946 0958' },
        { op: 'replace', path: 'userName', value: 'Full.Seed@Example.com' },
      );

      const response = await gateway.patch('/Users/usr_fullseed', body);

      expect(response.status).to.equal(200);
      expect(gateway.upstreamCalls().filter((call) => !call.startsWith('GET'))).to.deep.equal([]);
      expect(gateway.simulator.user(demoOrgId, 'usr_fullseed')?.version).to.equal(1);
    });
  });
});
