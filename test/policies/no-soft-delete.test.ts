import { expect } from 'chai';

import {
  expectScimError,
  filterQuery,
  patchOp,
  upstreamWrites,
} from '../support/scim-expectations.js';
import { coreUserUrn, demoOrgId, entraUser, TestGateway } from '../support/test-gateway.js';

const enterpriseUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
const usersUpstream = '/internal/v1/organizations/org_demo/users';

// Systam policies, "No soft delete".
describe('no soft delete', () => {
  let gateway: TestGateway;
  let id: string;

  beforeEach(async () => {
    gateway = await TestGateway.start();
    const created = await gateway.post('/Users', entraUser()).expect(201);
    id = created.body.id;
    gateway.simulator.clearRequests();
  });

  afterEach(async () => {
    await gateway.close();
  });

  /** Asserts the account is gone for good: upstream, by id and by filter. */
  async function expectDeleted(): Promise<void> {
    expect(upstreamWrites(gateway.simulator)).to.deep.equal([`DELETE ${usersUpstream}/${id}`]);
    expect(gateway.simulator.user(demoOrgId, id)).to.equal(undefined);

    const read = await gateway.get(`/Users/${id}`);
    expectScimError(read, { status: 404, detail: new RegExp(`No user with id "${id}"`) });

    const found = await gateway.get(`/Users${filterQuery('userName eq "avery.lin@example.com"')}`);
    expect(found.status).to.equal(200);
    expect(found.body.totalResults).to.equal(0);
    expect(found.body.Resources).to.deep.equal([]);
  }

  describe('PATCH /Users/{id}', () => {
    for (const [label, operations] of [
      ['Replace with "False"', [{ op: 'Replace', path: 'active', value: 'False' }]],
      ['replace with false', [{ op: 'replace', path: 'active', value: false }]],
      ['REPLACE with "false"', [{ op: 'REPLACE', path: 'active', value: 'false' }]],
      ['Add with false', [{ op: 'Add', path: 'active', value: false }]],
      ['add with "False"', [{ op: 'add', path: 'active', value: 'False' }]],
      ['the core URN path', [{ op: 'replace', path: `${coreUserUrn}:active`, value: false }]],
      ['a path-less replace {active: false}', [{ op: 'replace', value: { active: false } }]],
      ['a path-less Replace {active: "False"}', [{ op: 'Replace', value: { active: 'False' } }]],
      ['a path-less add {active: "false"}', [{ op: 'add', value: { active: 'false' } }]],
      [
        'a path-less object with attributes Systam does not keep',
        [{ op: 'replace', value: { active: false, displayName: 'Avery L', title: 'Gone' } }],
      ],
      [
        'other operations on attributes Systam does not keep',
        [
          { op: 'Replace', path: 'title', value: 'Former engineer' },
          { op: 'Add', path: `${enterpriseUrn}:department`, value: 'X' },
          { op: 'Replace', path: 'active', value: 'False' },
        ],
      ],
      [
        'a phone type Systam does not keep in the same request',
        [
          { op: 'Add', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 555 0199' },
          { op: 'Replace', path: 'active', value: 'False' },
        ],
      ],
      [
        'a profile change in the same request',
        [
          { op: 'Replace', path: 'name.givenName', value: 'Ave' },
          { op: 'Replace', path: 'active', value: false },
        ],
      ],
    ] as const) {
      it(`answers 204 or 200 and deletes the account permanently for ${label}`, async () => {
        const response = await gateway.patch(`/Users/${id}`, patchOp(...operations));

        expect(response.status, JSON.stringify(response.body)).to.be.oneOf([200, 204]);
        await expectDeleted();
      });
    }

    it('answers 200 and keeps the account for active "True"', async () => {
      const body = patchOp({ op: 'Replace', path: 'active', value: 'True' });

      const response = await gateway.patch(`/Users/${id}`, body);

      expect(response.status).to.equal(200);
      expect(response.body.active).to.equal(true);
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });

    for (const value of [true, 'True', false]) {
      it(`answers 404 for a deleted id, also with active ${JSON.stringify(value)}`, async () => {
        await gateway.delete(`/Users/${id}`).expect(204);
        gateway.simulator.clearRequests();

        const body = patchOp({ op: 'Replace', path: 'active', value });

        const response = await gateway.patch(`/Users/${id}`, body);

        expectScimError(response, { status: 404, detail: new RegExp(`No user with id "${id}"`) });
        expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
        expect(gateway.simulator.users(demoOrgId)).to.have.lengthOf(2);
      });
    }

    it('answers 404 for an id that never existed, with active "True"', async () => {
      const response = await gateway.patch(
        '/Users/usr_neverexisted',
        patchOp({ op: 'Replace', path: 'active', value: 'True' }),
      );

      expectScimError(response, { status: 404, detail: /No user with id "usr_neverexisted"/ });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });
  });

  describe('PUT /Users/{id}', () => {
    for (const active of [false, 'False', 'false']) {
      it(`answers 204 or 200 and deletes the account for active ${JSON.stringify(active)}`, async () => {
        const response = await gateway.put(`/Users/${id}`, entraUser({ active }));

        expect(response.status).to.be.oneOf([200, 204]);
        await expectDeleted();
      });
    }
  });

  describe('DELETE /Users/{id}', () => {
    it('answers 204 with no body, then 404 to GET, DELETE and PATCH', async () => {
      const response = await gateway.delete(`/Users/${id}`);

      expect(response.status).to.equal(204);
      expect(response.text ?? '').to.equal('');
      await expectDeleted();
      const again = await gateway.delete(`/Users/${id}`);
      expectScimError(again, { status: 404, detail: /No user with id/ });
      expectScimError(
        await gateway.patch(`/Users/${id}`, patchOp({ op: 'replace', path: 'title', value: 'x' })),
        { status: 404, detail: /No user with id/ },
      );
    });

    it('answers 404 for an unknown id and deletes nothing', async () => {
      const response = await gateway.delete('/Users/usr_neverexisted');

      expectScimError(response, { status: 404, detail: /No user with id "usr_neverexisted"/ });
      expect(upstreamWrites(gateway.simulator)).to.deep.equal([]);
    });
  });

  describe('POST /Users after a deletion', () => {
    it('answers 201 creating the returning user anew, with a new id', async () => {
      const disable = patchOp({ op: 'Replace', path: 'active', value: 'False' });
      await gateway.patch(`/Users/${id}`, disable);

      const response = await gateway.post('/Users', entraUser());

      expect(response.status).to.equal(201);
      expect(response.body.id).to.be.a('string').and.not.equal(id);
      expect(gateway.simulator.user(demoOrgId, response.body.id)?.scimLink?.userName).to.equal(
        'avery.lin@example.com',
      );
      expect((await gateway.get(`/Users/${id}`)).status).to.equal(404);
    });
  });
});
