import { expect } from 'chai';

import { expectPatchError, makeUser, patch } from './patch-test-support.js';

describe('applyPatch: all operations or none (RFC 7644 section 3.5.2)', () => {
  it('throws on a failing third operation and leaves the input exactly as it was', () => {
    const user = makeUser();
    const operations = [
      { op: 'replace', path: 'active', value: false },
      { op: 'add', path: 'emails[type eq "other"].value', value: 'ava@home.test' },
      { op: 'replace', path: 'meta.lastModified', value: '2030-01-01T00:00:00Z' },
    ];

    const detail = /^Operation 3 \(replace\) on meta\.lastModified: the attribute is read-only/;
    expectPatchError(operations, 'mutability', detail, user);

    expect(user).to.deep.equal(makeUser());
  });

  it('leaves the input unchanged when an upserted element is followed by a bad value', () => {
    const user = makeUser();
    delete user['phoneNumbers'];
    const snapshot = structuredClone(user);

    expectPatchError(
      [
        { op: 'add', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0100' },
        { op: 'replace', path: 'active', value: 'no' },
      ],
      'invalidValue',
      /^Operation 2 \(replace\) on active: active must be true or false, not "no"\.$/,
      user,
    );

    expect(user).to.deep.equal(snapshot);
  });

  it('never changes the input of a successful patch, nor shares objects with it', () => {
    const user = makeUser();
    const result = patch([{ op: 'replace', path: 'name.givenName', value: 'Ava' }], user);

    expect(user).to.deep.equal(makeUser());
    expect(result.resource['emails']).to.not.equal(user['emails']);
    expect(result.resource['name']).to.deep.equal({ givenName: 'Ava', familyName: 'Lin' });
  });

  it('never changes the operations it was given', () => {
    const operations = [
      {
        op: 'Add',
        path: 'emails',
        value: [{ Value: 'ava@home.test', Type: 'other', Primary: 'False' }],
      },
      { op: 'replace', value: { NAME: { GivenName: 'Ava' }, active: 'True' } },
    ];
    const snapshot = structuredClone(operations);

    patch(operations);

    expect(operations).to.deep.equal(snapshot);
  });
});
