import { expect } from 'chai';

import {
  expectPatchError,
  makeUserWithoutContacts,
  patch,
  patchWithPrimary,
  userWith,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

// RFC 7644 section 3.5.2.3 answers a filter matching nothing with noTarget;
// Entra ID expects the element to be created (field reports #7, #8, #11).
describe('compatibility rule filtered-path-upsert', () => {
  it('creates the work email a replace names when there is none (field report #7)', () => {
    const user = userWith({ emails: [otherEmail] });
    const result = patch(
      [{ op: 'replace', path: 'emails[type eq "work"].value', value: 'r.kim@contoso.test' }],
      user,
    );

    expect(result.resource).to.deep.equal(
      userWith({ emails: [otherEmail, { type: 'work', value: 'r.kim@contoso.test' }] }),
    );
    expect(result.appliedRules).to.deep.equal(['filtered-path-upsert']);
  });

  it('creates exactly one email on a user without emails (field report #8)', () => {
    const user = makeUserWithoutContacts();
    const result = patch(
      [{ op: 'add', path: 'emails[type eq "work"].value', value: 'r.kim@contoso.test' }],
      user,
    );

    expect(result.resource).to.deep.equal({
      ...user,
      emails: [{ type: 'work', value: 'r.kim@contoso.test' }],
    });
    expect(result.appliedRules).to.deep.equal(['filtered-path-upsert']);
  });

  // Operations on primary run on a User type with a boolean primary: Systam
  // keeps no primary flag, but the upsert rule is generic.
  it('lets later operations on the same filter find the created element (SCIM-SDK #680)', () => {
    const user = makeUserWithoutContacts();
    const result = patchWithPrimary(
      [
        { op: 'add', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0100' },
        { op: 'add', path: 'phoneNumbers[type eq "work"].primary', value: true },
        { op: 'replace', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0111' },
      ],
      user,
    );

    expect(result.resource).to.deep.equal({
      ...user,
      phoneNumbers: [{ type: 'work', value: '+1 555 0111', primary: true }],
    });
  });

  it('builds one element from primary first, then value (toolchain A.3)', () => {
    const user = makeUserWithoutContacts();
    const result = patchWithPrimary(
      [
        { op: 'Add', path: 'emails[type eq "work"].primary', value: 'True' },
        { op: 'Add', path: 'emails[type eq "work"].value', value: 'ava@contoso.test' },
      ],
      user,
    );

    expect(result.resource).to.deep.equal({
      ...user,
      emails: [{ type: 'work', primary: true, value: 'ava@contoso.test' }],
    });
    expect(result.appliedRules).to.deep.equal([
      'op-name-any-case',
      'filtered-path-upsert',
      'boolean-strings',
    ]);
  });

  it('adds an other phone next to the work phone (SCIMReferenceCode PR #48)', () => {
    const result = patch([
      { op: 'Add', path: 'phoneNumbers[type eq "other"].value', value: '+1 555 0199' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        phoneNumbers: [
          { type: 'work', value: '+1 555 0100' },
          { type: 'other', value: '+1 555 0199' },
        ],
      }),
    );
  });

  it('builds the element from every equality term joined by and', () => {
    const user = makeUserWithoutContacts();
    const path = 'emails[type eq "work" and primary eq true].value';
    const result = patchWithPrimary([{ op: 'replace', path, value: 'ava@contoso.test' }], user);

    expect(result.resource['emails']).to.deep.equal([
      { type: 'work', primary: true, value: 'ava@contoso.test' },
    ]);
  });

  it('reads an unquoted filter value as text', () => {
    const user = makeUserWithoutContacts();
    const result = patch(
      [{ op: 'add', path: 'emails[type eq work].value', value: 'a@contoso.test' }],
      user,
    );

    expect(result.resource['emails']).to.deep.equal([{ type: 'work', value: 'a@contoso.test' }]);
  });

  it('creates the element from the filter and an object value without sub-attribute', () => {
    const user = userWith({ emails: [workEmail] });
    const result = patch(
      [{ op: 'add', path: 'emails[type eq "other"]', value: { value: 'ava@home.test' } }],
      user,
    );

    expect(result.resource['emails']).to.deep.equal([
      workEmail,
      { type: 'other', value: 'ava@home.test' },
    ]);
    expect(result.appliedRules).to.deep.equal(['filtered-path-upsert']);
  });

  const unbuildable = [
    'emails[type ne "work"].value',
    'emails[type eq "work" or type eq "other"].value',
    'emails[value co "@contoso"].value',
    'emails[not (type eq "work")].value',
    'emails[type eq "work" and type eq "other"].value',
  ];

  for (const path of unbuildable) {
    it(`answers 400 noTarget when ${path} matches nothing`, () => {
      expectPatchError(
        [{ op: 'replace', path, value: 'ava@contoso.test' }],
        'noTarget',
        /^Operation 1 \(replace\) on emails\[.*\]\.value: no emails value matches the filter; only/,
        makeUserWithoutContacts(),
      );
    });
  }

  it('does not report the rule when the filter matches', () => {
    const result = patch([
      { op: 'replace', path: 'emails[type eq "work"].value', value: 'ava@contoso.test' },
    ]);

    expect(result.appliedRules).to.deep.equal([]);
  });

  it('never creates an element for a remove', () => {
    const user = makeUserWithoutContacts();
    const result = patch([{ op: 'remove', path: 'emails[type eq "work"].value' }], user);

    expect(result.resource).to.deep.equal(user);
    expect(result.appliedRules).to.deep.equal([]);
  });
});
