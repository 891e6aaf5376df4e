import { expect } from 'chai';

import { demoSeedWith, linkedSeedUser } from '../support/policy-seeds.js';
import { expectScimError, patchOp, upstreamWrites } from '../support/scim-expectations.js';
import { demoOrgId, systamUserUrn, TestGateway } from '../support/test-gateway.js';

const userPath = '/Users/usr_clearme';
const seeded = linkedSeedUser({
  id: 'usr_clearme',
  email: 'clear.me@example.com',
  secondaryEmail: 'clear.other@example.com',
  firstName: 'Clara',
  lastName: 'Clear',
  phone: '+1 (555) 010-0000',
  secondaryPhone: '+1 (555) 010-0001',
  language: 'en-US',
  scimLink: { userName: 'clear.me@example.com', externalId: 'clara' },
});

/** Every key path whose value is null, anywhere in a JSON value. */
function nullPaths(value: unknown, path = ''): string[] {
  if (value === null) return [path];
  if (typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) =>
    nullPaths(child, `${path}/${key}`),
  );
}

// Systam policies, "Attribute mapping": an optional attribute set to "" or
// null, or removed, is cleared; cleared attributes are omitted, never null.
describe('clearing optional attributes', () => {
  let gateway: TestGateway;

  beforeEach(async () => {
    gateway = await TestGateway.start({ seed: demoSeedWith(seeded) });
    gateway.simulator.clearRequests();
  });

  afterEach(async () => {
    await gateway.close();
  });

  const stored = () => gateway.simulator.user(demoOrgId, 'usr_clearme');

  /** The bodies of the PATCH calls the gateway sent to Systam. */
  const upstreamPatchBodies = () =>
    gateway.simulator.requests
      .filter((entry) => entry.method === 'PATCH')
      .map((entry) => entry.body);

  describe('PATCH /Users/{id}', () => {
    for (const [label, operation] of [
      ['replace with ""', { op: 'replace', path: 'preferredLanguage', value: '' }],
      ['replace with null', { op: 'Replace', path: 'preferredLanguage', value: null }],
      ['remove', { op: 'Remove', path: 'preferredLanguage' }],
      ['path-less replace with null', { op: 'replace', value: { preferredLanguage: null } }],
      ['path-less replace with ""', { op: 'replace', value: { preferredLanguage: '' } }],
    ] as const) {
      it(`answers 200 and clears preferredLanguage upstream (${label}), omitting it`, async () => {
        const response = await gateway.patch(userPath, patchOp(operation));

        expect(response.status).to.equal(200);
        expect(upstreamPatchBodies()).to.deep.equal([{ language: null }]);
        expect(stored()?.language).to.equal(null);
        expect(response.body).not.to.have.property('preferredLanguage');
        expect(nullPaths(response.body)).to.deep.equal([]);
      });
    }

    it('answers 200 and clears the other email (filtered path set to "")', async () => {
      const body = patchOp({ op: 'replace', path: 'emails[type eq "other"].value', value: '' });

      const response = await gateway.patch(userPath, body);

      expect(response.status).to.equal(200);
      expect(stored()?.secondaryEmail).to.equal(null);
      expect(response.body.emails).to.deep.equal([{ type: 'work', value: 'clear.me@example.com' }]);
    });

    it('answers 200 and clears the other phone (filtered element removed)', async () => {
      const body = patchOp({ op: 'remove', path: 'phoneNumbers[type eq "other"]' });

      const response = await gateway.patch(userPath, body);

      expect(response.status).to.equal(200);
      expect(upstreamPatchBodies()).to.deep.equal([{ secondaryPhone: null }]);
      expect(response.body.phoneNumbers).to.deep.equal([
        { type: 'work', value: '+1 (555) 010-0000' },
      ]);
    });

    it('answers 200 and clears both phones when phoneNumbers is removed, omitting it', async () => {
      const body = patchOp({ op: 'remove', path: 'phoneNumbers' });

      const response = await gateway.patch(userPath, body);

      expect(response.status).to.equal(200);
      expect(stored()).to.deep.include({ phone: null, secondaryPhone: null });
      expect(response.body).not.to.have.property('phoneNumbers');
    });

    it('answers 200 and clears externalId in the link, omitting it', async () => {
      const body = patchOp({ op: 'replace', path: 'externalId', value: null });

      const response = await gateway.patch(userPath, body);

      expect(response.status).to.equal(200);
      expect(stored()?.scimLink).to.deep.equal({
        userName: 'clear.me@example.com',
        externalId: null,
      });
      expect(response.body).not.to.have.property('externalId');
    });

    it('answers 400 invalidValue naming name.givenName when a required attribute is removed', async () => {
      const body = patchOp({ op: 'remove', path: 'name.givenName' });

      const response = await gateway.patch(userPath, body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /name\.givenName/,
      });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
      expect(stored()?.firstName).to.equal('Clara');
    });

    it('answers 400 invalidValue naming primaryWorkspace when it is set to ""', async () => {
      const body = patchOp({ op: 'replace', path: `${systamUserUrn}:primaryWorkspace`, value: '' });

      const response = await gateway.patch(userPath, body);

      expectScimError(response, {
        status: 400,
        scimType: 'invalidValue',
        detail: /primaryWorkspace/,
      });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });
  });

  describe('PUT /Users/{id}', () => {
    const required = {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: 'clear.me@example.com',
      name: { givenName: 'Clara', familyName: 'Clear' },
      emails: [{ type: 'work', value: 'clear.me@example.com' }],
      [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
    };

    it('answers 200 and clears every optional attribute the body leaves out', async () => {
      const response = await gateway.put(userPath, required);

      expect(response.status).to.equal(200);
      expect(stored()).to.deep.include({
        secondaryEmail: null,
        phone: null,
        secondaryPhone: null,
        language: null,
        scimLink: { userName: 'clear.me@example.com', externalId: null },
      });
      expect(response.body).not.to.have.any.keys('externalId', 'phoneNumbers', 'preferredLanguage');
      expect(response.body.emails).to.have.lengthOf(1);
      expect(nullPaths(response.body)).to.deep.equal([]);
    });

    it('answers 200 and clears optional attributes sent as null or ""', async () => {
      const body = { ...required, externalId: '', phoneNumbers: null, preferredLanguage: null };

      const response = await gateway.put(userPath, body);

      expect(response.status).to.equal(200);
      expect(stored()).to.deep.include({ phone: null, language: null, secondaryEmail: null });
      expect(stored()?.scimLink?.externalId).to.equal(null);
      expect(nullPaths(response.body)).to.deep.equal([]);
    });
  });
});
