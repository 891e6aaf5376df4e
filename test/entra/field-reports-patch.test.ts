import { expect } from 'chai';

import { patchOpUrn, systamUserUrn, TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  enterpriseUserUrn,
  expectScimError,
  patchUser,
  readUser,
  storedUser,
  upstreamPatchBodies,
  upstreamWrites,
  usersPath,
  workspacePath,
} from './entra-test-support.js';

// /work/shared/docs/field-reports.md: how other SCIM servers broke under
// Entra ID, replayed on the user attributes Systam keeps.
describe('PATCH /Users/{id}: field reports', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  describe('field report 1: active sent as the string "False"', () => {
    for (const value of ['False', 'false']) {
      it(`deletes the user for "Replace" active ${JSON.stringify(value)}: 204, then 404`, async () => {
        const user = await createEntraUser(gateway);

        const response = await patchUser(gateway, user.id, [
          { op: 'Replace', path: 'active', value },
        ]);

        expect(response.status).to.equal(204);
        expect(gateway.simulator.user('org_demo', user.id)).to.equal(undefined);
        await gateway.get(`/Users/${user.id}`).expect(404);
      });
    }

    for (const value of ['yes', '0']) {
      it(`rejects active ${JSON.stringify(value)} with 400 invalidValue, the user kept`, async () => {
        const user = await createEntraUser(gateway);

        const response = await patchUser(gateway, user.id, [
          { op: 'Replace', path: 'active', value },
        ]);

        expectScimError(response, 400, 'invalidValue', ['active']);
        expect(upstreamWrites(gateway)).to.deep.equal([]);
      });
    }

    it('deletes the user for a PUT body with active "False": 204', async () => {
      const user = await createEntraUser(gateway);
      const { id: _id, meta: _meta, ...body } = user;

      const response = await gateway.put(`/Users/${user.id}`, { ...body, active: 'False' });

      expect(response.status).to.equal(204);
      expect(upstreamWrites(gateway).map((call) => `${call.method} ${call.path}`)).to.deep.equal([
        `DELETE ${usersPath}/${user.id}`,
      ]);
    });
  });

  describe('field report 5: title-case op values', () => {
    it('applies "Add" on the multi-valued emails with a value list: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        {
          op: 'Add',
          path: 'emails',
          value: [{ type: 'other', value: 'title.case@home.example.net' }],
        },
      ]).expect(200);

      expect(storedUser(gateway, user.id).secondaryEmail).to.equal('title.case@home.example.net');
    });

    for (const op of ['copy', 'move']) {
      it(`rejects op "${op}" with 400 invalidSyntax naming it`, async () => {
        const user = await createEntraUser(gateway);

        const response = await patchUser(gateway, user.id, [
          { op, path: 'name.givenName', value: 'X' },
        ]);

        expectScimError(response, 400, 'invalidSyntax', [`"${op}"`]);
        expect(upstreamWrites(gateway)).to.deep.equal([]);
      });
    }
  });

  describe('field report 7: replace a filtered path when no such element exists', () => {
    it('creates the work phone instead of answering 400 noTarget: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '+358 50 000 0007' },
      ]).expect(200);

      expect((await readUser(gateway, user.id)).phoneNumbers).to.deep.equal([
        { value: '+358 50 000 0007', type: 'work' },
      ]);
    });
  });

  describe('field report 8: add with a filtered path on a user with no phone numbers', () => {
    it('results in exactly one {type: "work", value}: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'add', path: 'phoneNumbers[type eq "work"].value', value: '+358 50 000 0008' },
      ]).expect(200);
      await patchUser(gateway, user.id, [
        { op: 'add', path: 'phoneNumbers[type eq "work"].value', value: '+358 50 000 0008' },
      ]).expect(200);

      const read = await readUser(gateway, user.id);
      expect(read.phoneNumbers).to.deep.equal([{ value: '+358 50 000 0008', type: 'work' }]);
    });
  });

  describe('field report 9: the upsert must not delete sibling values', () => {
    it('changes only the work email value, keeping its type and the other email: 200', async () => {
      const user = await createEntraUser(gateway, {
        userName: 'sibling.a@example.com',
        emails: [
          { type: 'work', value: 'sibling.a@example.com', primary: true },
          { type: 'other', value: 'sibling.a@home.example.net' },
        ],
      });

      await patchUser(gateway, user.id, [
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'sibling.b@example.com' },
      ]).expect(200);

      expect((await readUser(gateway, user.id)).emails).to.deep.equal([
        { value: 'sibling.b@example.com', type: 'work' },
        { value: 'sibling.a@home.example.net', type: 'other' },
      ]);
      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
        { email: 'sibling.b@example.com' },
      ]);
      expect(storedUser(gateway, user.id)).to.include({
        email: 'sibling.b@example.com',
        secondaryEmail: 'sibling.a@home.example.net',
      });
    });
  });

  describe("field report 11: Entra's mixed PATCH with an email filter", () => {
    const mixed = (email: string) => [
      { op: 'Replace', path: 'displayName', value: 'Test Person' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: email },
      { op: 'Replace', path: 'userName', value: email },
      { op: 'Replace', path: 'name.familyName', value: 'Person' },
    ];

    it('applies all four changes in one upstream write: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, mixed('t.person@example.com')).expect(200);

      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
        {
          email: 't.person@example.com',
          lastName: 'Person',
          scimLink: { userName: 't.person@example.com', externalId: user.externalId },
        },
      ]);
      const read = await readUser(gateway, user.id);
      expect(read.userName).to.equal('t.person@example.com');
      expect(read.name).to.deep.equal({ givenName: 'Avery', familyName: 'Person' });
    });

    it('applies none of them when one more op is invalid: 400, nothing written', async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, [
        ...mixed('t.person2@example.com'),
        { op: 'Replace', path: workspacePath, value: 'NOWHERE' },
      ]);

      expectScimError(response, 400, 'invalidValue', ['NOWHERE']);
      expect(upstreamWrites(gateway)).to.deep.equal([]);
      expect((await readUser(gateway, user.id)).userName).to.equal(user.userName);
    });
  });

  describe('field report 18: path-less replace with dotted keys', () => {
    it('applies every kept key and ignores the others: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        {
          op: 'replace',
          value: {
            active: true,
            displayName: 'Q. Tester',
            'name.givenName': 'Quinn',
            'name.familyName': 'Tester',
            [`${enterpriseUserUrn}:employeeNumber`]: 'E-7001',
            [workspacePath]: 'SIN-01',
          },
        },
      ]).expect(200);

      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
        { firstName: 'Quinn', lastName: 'Tester', primaryWorkspaceId: 'wsp_sin01' },
      ]);
    });
  });

  describe('field report 19: fully qualified extension path (the URN contains "2.0")', () => {
    it('resolves "Add" on …:systam:2.0:User:primaryWorkspace to the extension: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'Add', path: workspacePath, value: 'REMOTE' },
        { op: 'Add', path: `${enterpriseUserUrn}:department`, value: 'Finance' },
      ]).expect(200);

      const read = await readUser(gateway, user.id);
      expect(read[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'REMOTE' });
      expect(read).not.to.have.property(enterpriseUserUrn);
    });
  });

  describe('field report 20: manager sent as a bare string', () => {
    it('ignores the manager Systam does not keep, applying the rest: 200, no 400', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'Add', path: `${enterpriseUserUrn}:manager`, value: 'u-0007' },
        {
          op: 'Add',
          path: 'manager',
          value: [{ $ref: 'https://idp.example/Users/u-0007', value: 'u-0007' }],
        },
        { op: 'Replace', path: 'name.givenName', value: 'Managed' },
      ]).expect(200);

      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([{ firstName: 'Managed' }]);
    });
  });

  describe('field report 22: replacing a whole extension object by its URN', () => {
    it('replaces the Systam extension sub-attributes given: 200, never 500', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'replace', path: systamUserUrn, value: { primaryWorkspace: 'NYC-01' } },
      ]).expect(200);

      expect(storedUser(gateway, user.id).primaryWorkspaceId).to.equal('wsp_nyc01');
    });

    it('ignores the whole enterprise extension object: 200, nothing written', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        {
          op: 'replace',
          path: enterpriseUserUrn,
          value: { costCenter: 'CC-12', department: 'Finance' },
        },
      ]).expect(200);

      expect(upstreamWrites(gateway)).to.deep.equal([]);
    });
  });

  describe('field report 33: empty Operations array', () => {
    it('answers 200 as a no-op after the existence check, writing nothing', async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, []);

      expect(response.status).to.be.oneOf([200, 204]);
      expect(gateway.upstreamCalls()).to.deep.equal([`GET ${usersPath}/${user.id}`]);
    });

    it('answers 404 for an unknown id', async () => {
      const response = await patchUser(gateway, 'usr_unknown000033', []);

      expectScimError(response, 404, undefined, ['usr_unknown000033']);
    });

    it('answers 401 without a token, before any upstream call', async () => {
      const user = await createEntraUser(gateway);

      const response = await gateway
        .raw()
        .patch(`/scim/v2/Users/${user.id}`)
        .set('Content-Type', 'application/scim+json')
        .send(JSON.stringify({ schemas: [patchOpUrn], Operations: [] }));

      expectScimError(response, 401, undefined, ['bearer token']);
      expect(gateway.upstreamCalls()).to.deep.equal([]);
    });
  });
});
