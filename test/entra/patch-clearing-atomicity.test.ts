import { expect } from 'chai';

import { TestGateway } from '../support/test-gateway.js';
import {
  createEntraUser,
  expectScimError,
  findNulls,
  nextUserName,
  patchUser,
  readUser,
  storedUser,
  upstreamWrites,
  versionOf,
  withoutMeta,
  workspacePath,
} from './entra-test-support.js';

// A user with every optional attribute Systam keeps set.
function fullyPopulated(userName: string): Record<string, unknown> {
  return {
    userName,
    externalId: 'clear-me',
    preferredLanguage: 'fi-FI',
    emails: [
      { type: 'work', value: userName, primary: true },
      { type: 'other', value: 'clear.me@home.example.net' },
    ],
    phoneNumbers: [
      { type: 'work', value: '+358 40 111 2222' },
      { type: 'other', value: '+358 40 333 4444' },
    ],
  };
}

// Ops that clear every optional attribute Systam keeps, each set to `empty`.
function clearingOps(empty: '' | null): unknown[] {
  return [
    { op: 'Replace', path: 'externalId', value: empty },
    { op: 'Replace', path: 'preferredLanguage', value: empty },
    { op: 'Replace', path: 'emails[type eq "other"].value', value: empty },
    { op: 'Replace', path: 'phoneNumbers[type eq "other"].value', value: empty },
    { op: 'Replace', path: 'phoneNumbers[type eq "work"].value', value: empty },
  ];
}

describe('PATCH /Users/{id}: clearing and atomicity (entra-protocol.md §5.3, §9.2)', () => {
  let gateway: TestGateway;

  before(async () => {
    gateway = await TestGateway.start();
  });

  after(async () => {
    await gateway.close();
  });

  describe('SCIM_Null_Update_Test: "" then null clear optional attributes', () => {
    for (const empty of ['', null] as const) {
      it(`clears every optional attribute sent as ${JSON.stringify(empty)}: 200, omitted on GET`, async () => {
        const userName = nextUserName();
        const user = await createEntraUser(gateway, fullyPopulated(userName));

        const response = await patchUser(gateway, user.id, clearingOps(empty));

        expect(response.status, JSON.stringify(response.body)).to.be.oneOf([200, 204]);
        const read = await readUser(gateway, user.id);
        for (const name of ['externalId', 'preferredLanguage', 'phoneNumbers']) {
          expect(read, name).not.to.have.property(name);
        }
        expect(read.emails).to.deep.equal([{ value: userName, type: 'work' }]);
        expect(findNulls(read)).to.deep.equal([]);
        expect(storedUser(gateway, user.id)).to.include({
          secondaryEmail: null,
          phone: null,
          secondaryPhone: null,
          language: null,
        });
        expect(storedUser(gateway, user.id).scimLink).to.deep.equal({
          userName,
          externalId: null,
        });
      });
    }

    it('clears with "" and then with null in turn on the same user: 200 both times', async () => {
      const user = await createEntraUser(gateway, fullyPopulated(nextUserName()));

      await patchUser(gateway, user.id, clearingOps('')).expect(200);
      await patchUser(gateway, user.id, [
        { op: 'Add', path: 'preferredLanguage', value: 'fr-FR' },
        { op: 'Add', path: 'externalId', value: 'again' },
      ]).expect(200);
      await patchUser(gateway, user.id, clearingOps(null)).expect(200);

      const read = await readUser(gateway, user.id);
      expect(read).not.to.have.property('preferredLanguage');
      expect(read).not.to.have.property('externalId');
    });

    it('refuses "" for a required attribute (name.givenName): 400 invalidValue, nothing written', async () => {
      const user = await createEntraUser(gateway);

      const response = await patchUser(gateway, user.id, [
        { op: 'Replace', path: 'name.givenName', value: '' },
      ]);

      expectScimError(response, 400, 'invalidValue', ['name.givenName', 'required']);
      expect(upstreamWrites(gateway)).to.deep.equal([]);
    });
  });

  describe('all operations or none', () => {
    const invalidLastOps = [
      {
        name: 'an unknown workspace',
        op: { op: 'Replace', path: workspacePath, value: 'NOPE-99' },
        status: 400,
        scimType: 'invalidValue',
        words: ['primaryWorkspace', 'NOPE-99'],
      },
      {
        name: 'an op SCIM does not define',
        op: { op: 'copy', path: 'name.givenName', value: 'X' },
        status: 400,
        scimType: 'invalidSyntax',
        words: ['copy'],
      },
      {
        name: 'a phone type Systam does not keep',
        op: { op: 'Add', path: 'phoneNumbers[type eq "mobile"].value', value: '+1 555 0102' },
        status: 400,
        scimType: 'invalidValue',
        words: ['phoneNumbers', 'mobile'],
      },
      {
        name: 'an unclosed filter in the path',
        op: { op: 'Replace', path: 'emails[type eq "work".value', value: 'x@example.com' },
        status: 400,
        scimType: 'invalidPath',
        words: [],
      },
      {
        name: 'removing the required work email',
        op: { op: 'Remove', path: 'emails[type eq "work"]' },
        status: 400,
        scimType: 'invalidValue',
        words: ['emails'],
      },
    ];

    for (const invalid of invalidLastOps) {
      it(`changes nothing when the last op has ${invalid.name}: ${invalid.status} ${invalid.scimType}`, async () => {
        const user = await createEntraUser(gateway);
        const before = await readUser(gateway, user.id);
        gateway.simulator.clearRequests();

        const response = await patchUser(gateway, user.id, [
          { op: 'Replace', path: 'name.familyName', value: 'Changed' },
          { op: 'Replace', path: 'userName', value: 'changed@example.com' },
          { op: 'Add', path: 'preferredLanguage', value: 'it-IT' },
          invalid.op,
        ]);

        expectScimError(response, invalid.status, invalid.scimType, invalid.words);
        expect(upstreamWrites(gateway)).to.deep.equal([]);
        const after = await readUser(gateway, user.id);
        expect(withoutMeta(after)).to.deep.equal(withoutMeta(before));
        expect(versionOf(after)).to.equal(versionOf(before));
      });
    }
  });
});
