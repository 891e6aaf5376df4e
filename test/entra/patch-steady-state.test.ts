import { expect } from 'chai';

import { systamUserUrn, TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  enterpriseUserUrn,
  nextUserName,
  patchUser,
  readUser,
  upstreamPatchBodies,
  upstreamWrites,
  usersPath,
  versionOf,
  withoutMeta,
  workspacePath,
} from './entra-test-support.js';

describe('PATCH /Users/{id}: ignored attributes, validator multi-op PATCHes, steady state', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  describe('attributes Systam does not keep', () => {
    it('applies the kept changes and ignores the others in the same PATCH: 200, no 400', async () => {
      const user = await createEntraUser(gateway);
      gateway.log.clear();

      await patchUser(gateway, user.id, [
        { op: 'Replace', path: 'displayName', value: 'Test Person' },
        { op: 'Replace', path: 'title', value: 'Engineer' },
        { op: 'Add', path: 'addresses[type eq "work"].streetAddress', value: '1 Main St' },
        { op: 'Add', path: `${enterpriseUserUrn}:employeeNumber`, value: 'E-1001' },
        { op: 'Add', path: `${enterpriseUserUrn}:manager`, value: 'u-0007' },
        {
          op: 'Add',
          path: 'roles',
          value: [{ value: '{"id":"r1","value":"Admin","displayName":"Admin"}' }],
        },
        { op: 'Replace', path: 'name.familyName', value: 'Person' },
        { op: 'Add', path: 'nickName', value: 'Tess' },
      ]).expect(200);

      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([{ lastName: 'Person' }]);
      const read = await readUser(gateway, user.id);
      expect(read.name).to.deep.equal({ givenName: 'Avery', familyName: 'Person' });
      const ignoredNames = [
        'displayName',
        'title',
        'addresses',
        'nickName',
        'roles',
        enterpriseUserUrn,
      ];
      for (const name of ignoredNames) {
        expect(read, name).not.to.have.property(name);
      }
      const ignored = gateway.log.lines
        .filter((line) => line.level === 'debug' && Array.isArray(line.attributes))
        .flatMap((line) => line.attributes as string[]);
      expect(ignored).to.include.members(['displayName', 'title', 'nickName', 'roles']);
    });

    it('does not lose a disable that comes with ignored attributes: 204, user deleted', async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, [
        { op: 'Replace', path: 'title', value: 'Former' },
        { op: 'Replace', path: 'active', value: 'False' },
      ]);

      expect(response.status).to.be.oneOf([200, 204]);
      expect(gateway.simulator.user('org_demo', user.id)).to.equal(undefined);
    });
  });

  describe('Microsoft validator multi-op PATCHes', () => {
    it('"multiple ops, different attributes": every change applied in one upstream write: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'replace', path: 'userName', value: 'multi.ops@example.com' },
        { op: 'replace', path: 'name.givenName', value: 'Multi' },
        { op: 'replace', path: 'name.familyName', value: 'Ops' },
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'multi.ops@example.com' },
        { op: 'replace', path: 'externalId', value: 'multi-ops' },
        { op: 'add', path: 'preferredLanguage', value: 'nb-NO' },
        { op: 'replace', path: 'active', value: true },
      ]).expect(200);

      expect(upstreamWrites(gateway)).to.have.length(1);
      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
        {
          email: 'multi.ops@example.com',
          firstName: 'Multi',
          lastName: 'Ops',
          language: 'nb-NO',
          scimLink: { userName: 'multi.ops@example.com', externalId: 'multi-ops' },
        },
      ]);
    });

    it('"multiple ops, same attribute": the last op wins: 200', async () => {
      const user = await createEntraUser(gateway);

      await patchUser(gateway, user.id, [
        { op: 'add', path: 'preferredLanguage', value: 'en-GB' },
        { op: 'replace', path: 'preferredLanguage', value: 'en-AU' },
        { op: 'remove', path: 'name.familyName' },
        { op: 'add', path: 'name.familyName', value: 'Final' },
      ]).expect(200);

      const read = await readUser(gateway, user.id);
      expect(read.preferredLanguage).to.equal('en-AU');
      expect(read.name).to.deep.equal({ givenName: 'Avery', familyName: 'Final' });
      expect(upstreamPatchBodies(gateway, user.id)).to.deep.equal([
        { lastName: 'Final', language: 'en-AU' },
      ]);
    });
  });

  describe('read-back equality (steady state)', () => {
    // Values Entra sends as the source has them: case, spaces, accents, punctuation.
    function sentValues() {
      const [local = '', domain = ''] = nextUserName().split('@');
      return {
        userName: `Ünïcode.${local}+Tag@${domain.toUpperCase()}`,
        givenName: '  Zoë ',
        familyName: "O'Brien-Łukasz",
        phone: '+1 (555) 010-0199',
        language: 'zh-Hant-TW',
      };
    }

    function steadyStateOps(sent: ReturnType<typeof sentValues>): unknown[] {
      return [
        { op: 'Replace', path: 'userName', value: sent.userName },
        { op: 'Replace', path: 'name.givenName', value: sent.givenName },
        { op: 'Replace', path: 'name.familyName', value: sent.familyName },
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: sent.phone },
        { op: 'Add', path: 'preferredLanguage', value: sent.language },
        { op: 'Replace', path: workspacePath, value: 'REMOTE' },
      ];
    }

    it('returns on GET exactly what was sent, byte for byte: 200', async () => {
      const user = await createEntraUser(gateway);
      const sent = sentValues();

      const patched = await patchUser(gateway, user.id, steadyStateOps(sent)).expect(200);

      const read = await readUser(gateway, user.id);
      expect(read.userName).to.equal(sent.userName);
      expect(read.name).to.deep.equal({ givenName: sent.givenName, familyName: sent.familyName });
      expect(read.phoneNumbers).to.deep.equal([{ value: sent.phone, type: 'work' }]);
      expect(read.preferredLanguage).to.equal(sent.language);
      expect(read[systamUserUrn]).to.deep.equal({ primaryWorkspace: 'REMOTE' });
      expect(withoutMeta(patched.body)).to.deep.equal(withoutMeta(read));
    });

    it('writes nothing upstream when the same PATCH comes again: 200, same version', async () => {
      const user = await createEntraUser(gateway);
      const ops = steadyStateOps(sentValues());
      await patchUser(gateway, user.id, ops).expect(200);
      const first = await readUser(gateway, user.id);
      gateway.simulator.clearRequests();

      await patchUser(gateway, user.id, ops).expect(200);

      expect(upstreamWrites(gateway)).to.deep.equal([]);
      expect(gateway.upstreamCalls()).to.include(`GET ${usersPath}/${user.id}`);
      const second = await readUser(gateway, user.id);
      expect(versionOf(second)).to.equal(versionOf(first));
      expect(withoutMeta(second)).to.deep.equal(withoutMeta(first));
    });
  });
});
