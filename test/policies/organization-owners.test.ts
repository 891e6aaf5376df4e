import { expect } from 'chai';

import { demoSeedLinking } from '../support/policy-seeds.js';
import { expectScimError, patchOp, upstreamWrites } from '../support/scim-expectations.js';
import { demoOrgId, entraUser, systamUserUrn, TestGateway } from '../support/test-gateway.js';

const ownerPath = '/Users/usr_owner1';
const protectedOwner = /Organization Owner.*protected/;
const workEmailPath = 'emails[type eq "work"].value';
const workspacePath = `${systamUserUrn}:primaryWorkspace`;
const ownerLinkUpstream = 'PUT /internal/v1/organizations/org_demo/users/usr_owner1/scim-link';
const ownerLink = { userName: 'olivia.owner@example.com', externalId: 'olivia' };

/** The owner exactly as the demo seed has it, as a SCIM client would send it. */
const ownerAsSent = entraUser({
  userName: 'olivia.owner@example.com',
  externalId: 'olivia',
  name: { givenName: 'Olivia', familyName: 'Owner' },
  emails: [{ type: 'work', value: 'olivia.owner@example.com', primary: true }],
  preferredLanguage: 'en-US',
  [systamUserUrn]: { primaryWorkspace: 'HEL-01' },
});

// Systam policies, "Organization Owners".
describe('Organization Owners', () => {
  let gateway: TestGateway;
  const owner = () => gateway.simulator.user(demoOrgId, 'usr_owner1');

  afterEach(async () => {
    await gateway.close();
  });

  describe('POST /Users matching an unlinked owner by email', () => {
    beforeEach(async () => {
      gateway = await TestGateway.start();
      gateway.simulator.clearRequests();
    });

    it("answers 201 and links the owner when the attributes sent equal the owner's", async () => {
      const body = { ...ownerAsSent, userName: 'olivia@corp.example' };

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(response.body.id).to.equal('usr_owner1');
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([ownerLinkUpstream]);
      expect(owner()).to.deep.include({
        firstName: 'Olivia',
        language: 'en-US',
        role: 'owner',
        scimLink: { userName: 'olivia@corp.example', externalId: 'olivia' },
      });
    });

    it('answers 201 and links the owner when equal attributes leave others out', async () => {
      const { preferredLanguage: _left, ...body } = ownerAsSent;

      const response = await gateway.post('/Users', body);

      expect(response.status).to.equal(201);
      expect(owner()?.language).to.equal('en-US');
      expect(owner()?.scimLink?.userName).to.equal('olivia.owner@example.com');
    });

    it('links the owner once when two POSTs with different userNames match it at the same time', async () => {
      const responses = await Promise.all([
        gateway.post('/Users', { ...ownerAsSent, userName: 'first@corp.example' }),
        gateway.post('/Users', { ...ownerAsSent, userName: 'second@corp.example' }),
      ]);

      expect(responses.map((response) => response.status).sort()).to.deep.equal([201, 409]);
      const winner = responses.find((response) => response.status === 201)!;
      expect(owner()?.scimLink?.userName).to.equal(winner.body.userName);
      expect(responses.find((response) => response.status === 409)!.body.scimType).to.equal(
        'uniqueness',
      );
    });

    for (const [label, change] of [
      ['a different givenName', { name: { givenName: 'Liv', familyName: 'Owner' } }],
      ['a phone the owner does not have', { phoneNumbers: [{ type: 'work', value: '+1 555 01' }] }],
      ['another workspace', { [systamUserUrn]: { primaryWorkspace: 'NYC-01' } }],
    ] as const) {
      it(`answers 403 and links nothing when the request carries ${label}`, async () => {
        const response = await gateway.post('/Users', { ...ownerAsSent, ...change });

        expectScimError(response, { status: 403, detail: protectedOwner });
        expect(owner()?.scimLink).to.equal(null);
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
      });
    }
  });

  describe('a linked owner', () => {
    let before: ReturnType<typeof owner>;

    beforeEach(async () => {
      gateway = await TestGateway.start({
        seed: demoSeedLinking('usr_owner1', ownerLink),
      });
      before = owner();
      gateway.simulator.clearRequests();
    });

    /** Asserts the owner is exactly as before and nothing was written upstream. */
    function expectOwnerUnchanged(): void {
      expect(owner()).to.deep.equal(before);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    }

    it('GET /Users/{id} answers 200 with the owner', async () => {
      const response = await gateway.get(ownerPath);

      expect(response.status).to.equal(200);
      expect(response.body).to.deep.include({ id: 'usr_owner1', userName: ownerLink.userName });
    });

    describe('PATCH /Users/{id}', () => {
      for (const [label, operations] of [
        ['a profile attribute', [{ op: 'replace', path: 'name.givenName', value: 'Liv' }]],
        ['the work email', [{ op: 'Replace', path: workEmailPath, value: 'liv@example.com' }]],
        ['the workspace', [{ op: 'Replace', path: workspacePath, value: 'NYC-01' }]],
        ['a cleared language', [{ op: 'remove', path: 'preferredLanguage' }]],
        ['active "False"', [{ op: 'Replace', path: 'active', value: 'False' }]],
        ['active false', [{ op: 'replace', path: 'active', value: false }]],
        ['a path-less active false', [{ op: 'replace', value: { active: false } }]],
        [
          'the link and the profile together',
          [
            { op: 'replace', path: 'userName', value: 'liv@corp.example' },
            { op: 'replace', path: 'name.familyName', value: 'Owner-Smith' },
          ],
        ],
      ] as const) {
        it(`answers 403 saying Organization Owner and protected for ${label}, changing nothing`, async () => {
          const response = await gateway.patch(ownerPath, patchOp(...operations));

          expectScimError(response, { status: 403, detail: protectedOwner });
          expectOwnerUnchanged();
        });
      }

      it('answers 200 to a change of userName only, through the link alone', async () => {
        const body = patchOp({ op: 'Replace', path: 'userName', value: 'Olivia@Corp.Example' });

        const response = await gateway.patch(ownerPath, body);

        expect(response.status).to.equal(200);
        expect(response.body.userName).to.equal('Olivia@Corp.Example');
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([ownerLinkUpstream]);
        expect(owner()).to.deep.include({
          firstName: 'Olivia',
          language: 'en-US',
          version: before!.version + 1,
          scimLink: { userName: 'Olivia@Corp.Example', externalId: 'olivia' },
        });
      });

      it('answers 200 to a change of externalId only', async () => {
        const body = patchOp({ op: 'replace', path: 'externalId', value: 'liv-42' });

        const response = await gateway.patch(ownerPath, body);

        expect(response.status).to.equal(200);
        expect(owner()?.scimLink).to.deep.equal({ ...ownerLink, externalId: 'liv-42' });
      });

      it("answers 200 to operations whose values are already the owner's, writing nothing", async () => {
        const body = patchOp(
          { op: 'Replace', path: 'name.givenName', value: 'Olivia' },
          { op: 'Replace', path: 'preferredLanguage', value: 'en-US' },
          { op: 'Add', path: 'title', value: 'Founder' },
        );

        const response = await gateway.patch(ownerPath, body);

        expect(response.status).to.equal(200);
        expectOwnerUnchanged();
      });
    });

    describe('PUT /Users/{id}', () => {
      it('answers 200 to a body equal to the owner but for a new userName', async () => {
        const body = { ...ownerAsSent, userName: 'olivia@corp.example' };

        const response = await gateway.put(ownerPath, body);

        expect(response.status).to.equal(200);
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([ownerLinkUpstream]);
        expect(owner()?.scimLink?.userName).to.equal('olivia@corp.example');
      });

      for (const [label, body] of [
        [
          'a different familyName',
          { ...ownerAsSent, name: { givenName: 'Olivia', familyName: 'Other' } },
        ],
        [
          'a body that leaves the language out (clearing it)',
          { ...ownerAsSent, preferredLanguage: undefined },
        ],
        ['active false', { ...ownerAsSent, active: false }],
      ] as const) {
        it(`answers 403 saying Organization Owner and protected for ${label}, changing nothing`, async () => {
          const response = await gateway.put(ownerPath, body);

          expectScimError(response, { status: 403, detail: protectedOwner });
          expectOwnerUnchanged();
        });
      }
    });

    describe('DELETE /Users/{id}', () => {
      it('answers 403 saying Organization Owner and protected, deleting nothing', async () => {
        const response = await gateway.delete(ownerPath);

        expectScimError(response, { status: 403, detail: protectedOwner });
        expectOwnerUnchanged();
        expect((await gateway.get(ownerPath)).status).to.equal(200);
      });
    });
  });
});
