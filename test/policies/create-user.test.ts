import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { expectScimError, upstreamWrites } from '../support/scim-expectations.js';
import { demoOrgId, entraUser, systamUserUrn, TestGateway } from '../support/test-gateway.js';

const usersUpstream = '/internal/v1/organizations/org_demo/users';
const taken = linkedSeedUser({
  id: 'usr_taken',
  email: 'taken@example.com',
  scimLink: { userName: 'Taken.Name@Example.com', externalId: 'taken' },
});

const workEmail = (value: string) => ({ emails: [{ type: 'work', value }] });

// Systam policies, "Creating users", steps 1 to 6.
describe('POST /Users', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await TestGateway.start({ seed: demoSeedWith(taken) });
    gateway.simulator.clearRequests();
  });

  afterEach(async () => {
    await gateway.close();
  });

  const userIds = () => gateway.simulator.users(demoOrgId).map((user) => user.id);

  describe('step 1: validation', () => {
    for (const [label, body, detail] of [
      ['userName is missing', entraUser({ userName: undefined }), /userName is required/],
      ['userName is empty', entraUser({ userName: '' }), /userName/],
      ['name.givenName is missing', entraUser({ name: { familyName: 'Lin' } }), /name\.givenName/],
      [
        'name.familyName is empty',
        entraUser({ name: { givenName: 'A', familyName: '' } }),
        /name\.familyName/,
      ],
      [
        'the work email is not an address',
        entraUser(workEmail('not-an-email')),
        /emails.*not-an-email/,
      ],
      [
        'preferredLanguage is not a BCP 47 tag',
        entraUser({ preferredLanguage: 'english please' }),
        /preferredLanguage/,
      ],
      ['active is not a boolean', entraUser({ active: 'maybe' }), /active/],
    ] as const) {
      it(`answers 400 invalidValue when ${label}, and writes nothing upstream`, async () => {
        const response = await gateway.post('/Users', body);

        expectScimError(response, { status: 400, scimType: 'invalidValue', detail });
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
        expect(userIds()).to.have.lengthOf(3);
      });
    }

    it('answers 400 invalidSyntax when the body is not JSON, and calls nothing upstream', async () => {
      const response = await gateway
        .raw()
        .post('/scim/v2/Users')
        .set('Authorization', 'Bearer test-scim-token-0123456789')
        .set('Content-Type', 'application/scim+json')
        .send('{"userName": ');

      expectScimError(response, {
        status: 400,
        scimType: 'invalidSyntax',
        detail: /not valid JSON/,
      });
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });

    it('answers 400 invalidSyntax when the body is a JSON array', async () => {
      const response = await gateway.post('/Users', [entraUser()]);

      expectScimError(response, { status: 400, scimType: 'invalidSyntax', detail: /JSON object/ });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });
  });

  describe('step 2: userName unique in the tenant', () => {
    it('answers 409 uniqueness for a userName taken in another letter case, creating nothing', async () => {
      const body = entraUser({ userName: 'taken.name@EXAMPLE.COM' });

      const response = await gateway.post('/Users', body);

      expectScimError(response, {
        status: 409,
        scimType: 'uniqueness',
        detail: /userName "taken\.name@EXAMPLE\.COM"/,
      });
      expect(userIds()).to.have.lengthOf(3);
      expect(gateway.simulator.user(demoOrgId, 'usr_taken')?.scimLink?.userName).to.equal(
        'Taken.Name@Example.com',
      );
    });

    it('answers 409 uniqueness and links nothing when the email matches an unlinked account', async () => {
      const body = entraUser({
        userName: 'TAKEN.NAME@example.com',
        emails: [{ type: 'work', value: 'arlo.admin@example.com' }],
      });

      const response = await gateway.post('/Users', body);

      expectScimError(response, { status: 409, scimType: 'uniqueness', detail: /userName/ });
      expect(gateway.simulator.user(demoOrgId, 'usr_admin1')?.scimLink).to.equal(null);
    });

    it("answers 409 uniqueness before the owner rule when the email is an owner's", async () => {
      const body = entraUser({
        userName: 'taken.name@example.com',
        name: { givenName: 'Someone', familyName: 'Else' },
        emails: [{ type: 'work', value: 'olivia.owner@example.com' }],
      });

      const response = await gateway.post('/Users', body);

      expectScimError(response, { status: 409, scimType: 'uniqueness', detail: /userName/ });
      expect(gateway.simulator.user(demoOrgId, 'usr_owner1')?.scimLink).to.equal(null);
    });
  });

  describe('step 3: matching an existing account by email', () => {
    it('answers 201 linking the unlinked account whose email matches in another case, in one call', async () => {
      const body = entraUser({
        userName: 'arlo@corp.example',
        externalId: 'arlo-ext',
        name: { givenName: 'Arlo', familyName: 'Admin-Renamed' },
        emails: [{ type: 'work', value: 'ARLO.Admin@Example.com', primary: true }],
        [systamUserUrn]: { primaryWorkspace: 'NYC-01' },
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(response.body.id).to.equal('usr_admin1');
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([
        `PATCH ${usersUpstream}/usr_admin1`,
      ]);
      expect(gateway.simulator.user(demoOrgId, 'usr_admin1')).to.deep.include({
        email: 'ARLO.Admin@Example.com',
        firstName: 'Arlo',
        lastName: 'Admin-Renamed',
        primaryWorkspaceId: 'wsp_nyc01',
        role: 'admin',
        scimLink: { userName: 'arlo@corp.example', externalId: 'arlo-ext' },
      });
    });

    it('answers 201 keeping the Systam values of attributes the request leaves out', async () => {
      const body = entraUser({
        userName: 'arlo.admin@example.com',
        name: { givenName: 'Arlo', familyName: 'Admin' },
        emails: [{ type: 'work', value: 'arlo.admin@example.com' }],
      });

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(gateway.simulator.user(demoOrgId, 'usr_admin1')).to.deep.include({
        phone: '+358 40 1234567',
        language: 'fi-FI',
      });
      expect(response.body.phoneNumbers).to.deep.equal([
        { type: 'work', value: '+358 40 1234567' },
      ]);
      expect(response.body.preferredLanguage).to.equal('fi-FI');
      expect(userIds()).to.have.lengthOf(3);
    });

    it('answers 409 uniqueness naming the email when its account is linked to another userName', async () => {
      const body = entraUser({
        userName: 'someone.new@example.com',
        emails: [{ type: 'work', value: 'TAKEN@example.com' }],
      });

      const response = await gateway.post('/Users', body);

      expectScimError(response, {
        status: 409,
        scimType: 'uniqueness',
        detail: /"TAKEN@example\.com"/,
      });
      expect(response.body.detail).not.to.match(/Taken\.Name/i);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
      expect(gateway.simulator.user(demoOrgId, 'usr_taken')?.scimLink?.userName).to.equal(
        'Taken.Name@Example.com',
      );
    });
  });

  describe('simultaneous requests', () => {
    it('answers 201 to one and 409 uniqueness to the other of two identical POSTs', async () => {
      const responses = await Promise.all([
        gateway.post('/Users', entraUser()),
        gateway.post('/Users', entraUser()),
      ]);

      expect(responses.map((response) => response.status).sort()).to.deep.equal([201, 409]);
      const refused = responses.find((response) => response.status === 409);
      expect(refused?.body.scimType).to.equal('uniqueness');
      expect(userIds()).to.have.lengthOf(4);
    });

    it('links an unlinked account once when two POSTs with different userNames match its email', async () => {
      const body = (userName: string) =>
        entraUser({ userName, emails: [{ type: 'work', value: 'arlo.admin@example.com' }] });

      const responses = await Promise.all([
        gateway.post('/Users', body('first@corp.example')),
        gateway.post('/Users', body('second@corp.example')),
      ]);

      expect(responses.map((response) => response.status).sort()).to.deep.equal([201, 409]);
      const winner = responses.find((response) => response.status === 201)!.body.userName;
      expect(gateway.simulator.user(demoOrgId, 'usr_admin1')?.scimLink?.userName).to.equal(winner);
      expectScimError(
        responses.find((response) => response.status === 409)!,
        {
          status: 409,
          scimType: 'uniqueness',
          detail: /"arlo\.admin@example\.com"/,
        },
      );
      expect(userIds()).to.have.lengthOf(3);
    });
  });

  describe('step 4: creating the user and its link', () => {
    it('answers 201 after one createUser call that carries the link', async () => {
      const response = await gateway.post('/Users', entraUser());

      expect(response.status).to.equal(201);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([`POST ${usersUpstream}`]);
      const create = gateway.simulator.requests.find((entry) => entry.method === 'POST');
      expect(create?.body).to.deep.include({
        email: 'avery.lin@example.com',
        firstName: 'Avery',
        lastName: 'Lin',
        primaryWorkspaceId: 'wsp_hel01',
        scimLink: { userName: 'avery.lin@example.com', externalId: 'avery' },
      });
    });
  });

  describe('step 5: the answer', () => {
    it('answers 201 with the full resource, a Location equal to meta.location and an ETag', async () => {
      const response = await gateway.post('/Users', entraUser());

      expect(response.status).to.equal(201);
      expect(response.headers['content-type']).to.match(/^application\/scim\+json/);
      expect(response.body).to.include.keys('id', 'userName', 'name', 'emails', 'active', 'meta');
      expect(response.body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'HEL-01' });
      expect(response.headers.location).to.equal(response.body.meta.location);
      expect(response.headers.location).to.match(new RegExp(`/scim/v2/Users/${response.body.id}$`));
      expect(response.headers.etag).to.equal(response.body.meta.version);
      expect(response.headers.etag).to.equal('"1"');
    });
  });

  describe('step 6: active false', () => {
    for (const active of [false, 'false', 'False', 'FALSE']) {
      it(`answers 400 invalidValue for active ${JSON.stringify(active)} and creates nothing`, async () => {
        const response = await gateway.post('/Users', entraUser({ active }));

        expectScimError(response, {
          status: 400,
          scimType: 'invalidValue',
          detail: /Systam has no inactive users/,
        });
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
        expect(userIds()).to.have.lengthOf(3);
      });
    }

    it('answers 400 invalidValue for active false and links nothing to a matching account', async () => {
      const body = entraUser({ active: 'False', ...workEmail('arlo.admin@example.com') });

      const response = await gateway.post('/Users', body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /no inactive users/,
      });
      expect(gateway.simulator.user(demoOrgId, 'usr_admin1')?.scimLink).to.equal(null);
    });

    for (const active of ['True', 'true', true]) {
      it(`answers 201 with active true for active ${JSON.stringify(active)}`, async () => {
        const response = await gateway.post('/Users', entraUser({ active }));

        expect(response.status).to.equal(201);
        expect(response.body.active).to.equal(true);
      });
    }
  });
});
