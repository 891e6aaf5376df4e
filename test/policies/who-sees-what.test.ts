import { expect } from 'chai';
import type { Response } from 'supertest';

import { linkedSeedUser, otherOrgId, twoOrganizationSeed } from '../support/policy-seeds.js';
import {
  expectScimError,
  filterQuery,
  patchOp,
  upstreamWrites,
} from '../support/scim-expectations.js';
import { otherScimToken, TenantClient, withOtherTenant } from '../support/tenant-client.js';
import { demoOrgId, entraUser, systamUserUrn, TestGateway } from '../support/test-gateway.js';

const demoUser = linkedSeedUser({ id: 'usr_demolinked', firstName: 'Dana' });
const otherUser = linkedSeedUser({
  id: 'usr_otherlinked',
  email: 'omar.other@example.com',
  primaryWorkspaceId: 'wsp_otherhel',
  scimLink: { userName: 'omar.other@example.com', externalId: 'omar' },
});
const adminEmail = 'arlo.admin@example.com';
// An id of the right form that no organization holds.
const unknownId = 'usr_nobodyhasthisid';

/** A 404 body with the id in its detail replaced, to compare with an unknown id's. */
function notFoundShape(response: Response, id: string): unknown {
  expect(response.status).to.equal(404);
  return { ...response.body, detail: String(response.body.detail).replaceAll(id, '<id>') };
}

// Systam policies, "Who sees what".
describe('who sees what', () => {
  let gateway: TestGateway;
  let other: TenantClient;

  beforeEach(async () => {
    gateway = await TestGateway.start({
      seed: twoOrganizationSeed([demoUser], [otherUser]),
      adjust: withOtherTenant,
    });
    other = new TenantClient(gateway, otherScimToken);
  });

  afterEach(async () => {
    await gateway.close();
  });

  describe('GET /Users/{id}', () => {
    it('answers 200 with the Systam id as the SCIM id, as is', async () => {
      const response = await gateway.get(`/Users/${demoUser.id}`);

      expect(response.status).to.equal(200);
      expect(response.body.id).to.equal('usr_demolinked');
      expect(response.body.meta.location).to.match(/\/scim\/v2\/Users\/usr_demolinked$/);
    });

    it('answers 404 for an unlinked account exactly as for an unknown id', async () => {
      const unlinked = await gateway.get('/Users/usr_admin1');
      const unknown = await gateway.get(`/Users/${unknownId}`);

      expectScimError(unlinked, { status: 404, detail: /No user with id "usr_admin1"/ });
      expect(notFoundShape(unlinked, 'usr_admin1')).to.deep.equal(
        notFoundShape(unknown, unknownId),
      );
    });

    it("answers 404 for another tenant's user exactly as for an unknown id", async () => {
      const foreign = await gateway.get(`/Users/${otherUser.id}`);
      const unknown = await gateway.get(`/Users/${unknownId}`);

      expectScimError(foreign, { status: 404, detail: /No user with id/ });
      expect(foreign.body.detail).not.to.match(/omar|Other Organization|org_other/i);
      expect(notFoundShape(foreign, otherUser.id)).to.deep.equal(notFoundShape(unknown, unknownId));
    });

    it("answers 200 to the other tenant's own token for its user", async () => {
      const response = await other.get(`/Users/${otherUser.id}`);

      expect(response.status).to.equal(200);
      expect(response.body.userName).to.equal('omar.other@example.com');
      expect(response.body[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'HEL-01' });
    });
  });

  describe('GET /Users', () => {
    it('lists only the linked users of the tenant, never unlinked accounts', async () => {
      const response = await gateway.get('/Users');

      expect(response.status).to.equal(200);
      expect(response.body.totalResults).to.equal(1);
      expect(response.body.Resources.map((user: { id: string }) => user.id)).to.deep.equal([
        'usr_demolinked',
      ]);
    });

    it("lists the other tenant's users only under its own token", async () => {
      const response = await other.get('/Users');

      expect(response.body.totalResults).to.equal(1);
      expect(response.body.Resources[0].id).to.equal('usr_otherlinked');
    });

    for (const filter of [
      'emails[type eq "work"].value eq "arlo.admin@example.com"',
      'id eq "usr_admin1"',
      'userName eq "arlo.admin@example.com"',
      'name.givenName eq "Arlo"',
    ]) {
      it(`answers 200 with no Resources for an unlinked account: ${filter}`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expect(response.status).to.equal(200);
        expect(response.body.totalResults).to.equal(0);
        expect(response.body.Resources).to.deep.equal([]);
      });
    }

    for (const filter of [
      'emails[type eq "work"].value eq "demolinked@example.com"',
      'id eq "usr_demolinked"',
      'userName eq "DemoLinked@Example.com"',
      'name.givenName eq "Dana"',
    ]) {
      it(`answers 200 with the linked user for the same kind of filter: ${filter}`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expect(response.status).to.equal(200);
        expect(response.body.Resources.map((user: { id: string }) => user.id)).to.deep.equal([
          'usr_demolinked',
        ]);
      });
    }

    for (const filter of [
      'userName eq "omar.other@example.com"',
      'externalId eq "omar"',
      'id eq "usr_otherlinked"',
      'emails[type eq "work"].value eq "omar.other@example.com"',
    ]) {
      it(`answers 200 with no Resources for another tenant's user: ${filter}`, async () => {
        const response = await gateway.get(`/Users${filterQuery(filter)}`);

        expect(response.status).to.equal(200);
        expect(response.body.Resources).to.deep.equal([]);
      });
    }
  });

  describe("writes to another tenant's user", () => {
    const unchangedOther = () => gateway.simulator.user(otherOrgId, otherUser.id);

    it('PATCH /Users/{id} answers 404 as for an unknown id and changes nothing', async () => {
      const before = unchangedOther();
      const body = patchOp({ op: 'replace', path: 'name.givenName', value: 'Hijacked' });

      const foreign = await gateway.patch(`/Users/${otherUser.id}`, body);
      const unknown = await gateway.patch(`/Users/${unknownId}`, body);

      expect(notFoundShape(foreign, otherUser.id)).to.deep.equal(notFoundShape(unknown, unknownId));
      expect(unchangedOther()).to.deep.equal(before);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('PATCH /Users/{id} setting active false answers 404 and deletes nothing', async () => {
      const body = patchOp({ op: 'replace', path: 'active', value: false });

      const response = await gateway.patch(`/Users/${otherUser.id}`, body);

      expectScimError(response, { status: 404, detail: /No user with id/ });
      expect(unchangedOther()).not.to.equal(undefined);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('PUT /Users/{id} answers 404 as for an unknown id and changes nothing', async () => {
      const before = unchangedOther();
      const body = entraUser({ userName: 'omar.other@example.com' });

      const foreign = await gateway.put(`/Users/${otherUser.id}`, body);
      const unknown = await gateway.put(`/Users/${unknownId}`, body);

      expect(notFoundShape(foreign, otherUser.id)).to.deep.equal(notFoundShape(unknown, unknownId));
      expect(unchangedOther()).to.deep.equal(before);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it('DELETE /Users/{id} answers 404 as for an unknown id and deletes nothing', async () => {
      const foreign = await gateway.delete(`/Users/${otherUser.id}`);
      const unknown = await gateway.delete(`/Users/${unknownId}`);

      expect(notFoundShape(foreign, otherUser.id)).to.deep.equal(notFoundShape(unknown, unknownId));
      expect(unchangedOther()).not.to.equal(undefined);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    it("DELETE /Users/{id} from the other tenant cannot reach the demo tenant's user", async () => {
      const response = await other.delete(`/Users/${demoUser.id}`);

      expectScimError(response, { status: 404, detail: /No user with id/ });
      expect(gateway.simulator.user(demoOrgId, demoUser.id)).not.to.equal(undefined);
    });
  });

  describe('writes to an unlinked account', () => {
    const admin = () => gateway.simulator.user(demoOrgId, 'usr_admin1');
    const rename = patchOp({ op: 'replace', path: 'name.givenName', value: 'X' });
    const disable = patchOp({ op: 'Replace', path: 'active', value: 'False' });
    const replacement = entraUser({ emails: [{ type: 'work', value: adminEmail }] });

    for (const [label, send] of [
      ['PATCH /Users/{id}', () => gateway.patch('/Users/usr_admin1', rename)],
      ['PATCH /Users/{id} with active false', () => gateway.patch('/Users/usr_admin1', disable)],
      ['PUT /Users/{id}', () => gateway.put('/Users/usr_admin1', replacement)],
      ['DELETE /Users/{id}', () => gateway.delete('/Users/usr_admin1')],
    ] as const) {
      it(`${label} answers 404 and leaves the account as it is`, async () => {
        const before = admin();

        const response = await send();

        expectScimError(response, { status: 404, detail: /No user with id "usr_admin1"/ });
        expect(admin()).to.deep.equal(before);
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
      });
    }
  });

  describe('POST /Users', () => {
    it("creates the user in the token's own organization, with that organization's workspace", async () => {
      const response = await other.post('/Users', entraUser());

      expect(response.status).to.equal(201);
      const stored = gateway.simulator.user(otherOrgId, response.body.id);
      expect(stored?.primaryWorkspaceId).to.equal('wsp_otherhel');
      expect(stored?.scimLink?.userName).to.equal('avery.lin@example.com');
      expect(gateway.simulator.user(demoOrgId, response.body.id)).to.equal(undefined);
    });

    it('answers 201 to the same userName in each tenant, each with its own workspace', async () => {
      const inOther = await other.post('/Users', entraUser());
      const inDemo = await gateway.post('/Users', entraUser());

      expect([inOther.status, inDemo.status]).to.deep.equal([201, 201]);
      const workspaceOf = (orgId: string, id: string) =>
        gateway.simulator.user(orgId, id)?.primaryWorkspaceId;
      expect(workspaceOf(otherOrgId, inOther.body.id)).to.equal('wsp_otherhel');
      expect(workspaceOf(demoOrgId, inDemo.body.id)).to.equal('wsp_hel01');
    });

    it('answers 201 with the Systam id of the new account as the SCIM id', async () => {
      const response = await gateway.post('/Users', entraUser());

      expect(response.status).to.equal(201);
      expect(response.body.id).to.match(/^usr_[A-Za-z0-9]+$/);
      expect(gateway.simulator.user(demoOrgId, response.body.id)?.email).to.equal(
        'avery.lin@example.com',
      );
    });
  });
});
