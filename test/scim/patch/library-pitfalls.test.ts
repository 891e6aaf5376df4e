import { expect } from 'chai';

import {
  coreUrn,
  enterpriseUrn,
  expectPatchError,
  makeUser,
  makeUserWithoutContacts,
  patch,
  systamUrn,
  userWith,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

// toolchain-and-libraries.md A.3: each row is a case where scim-patch or
// scimmy went wrong on Entra ID traffic, replayed on Systam's user.
describe('applyPatch: the cases other SCIM libraries got wrong (toolchain A.3)', () => {
  it('no path, {"name.givenName": "X"}: expanded, familyName kept', () => {
    const result = patch([{ op: 'replace', value: { 'name.givenName': 'X' } }]);

    expect(result.resource).to.deep.equal(
      userWith({ name: { givenName: 'X', familyName: 'Lin' } }),
    );
  });

  it('no path, a filtered key: no junk top-level key such as emails[type eq "work"]', () => {
    const result = patch([
      { op: 'replace', value: { 'emails[type eq "work"].value': 'x@contoso.test' } },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ emails: [{ ...workEmail, value: 'x@contoso.test' }, otherEmail] }),
    );
  });

  it('no path, the extension as an object: merged, never a key "urn:…:2.0"', () => {
    const result = patch([{ op: 'replace', value: { [systamUrn]: { primaryWorkspace: 'X' } } }]);

    expect(Object.keys(result.resource).filter((key) => key.startsWith('urn:'))).to.deep.equal([
      systamUrn,
    ]);
    expect(result.resource).to.deep.equal(userWith({ [systamUrn]: { primaryWorkspace: 'X' } }));
  });

  it('path = the extension URN alone: merged, not mangled', () => {
    const result = patch([{ op: 'replace', path: systamUrn, value: { primaryWorkspace: 'X' } }]);

    expect(result.resource).to.deep.equal(userWith({ [systamUrn]: { primaryWorkspace: 'X' } }));
  });

  it('Add emails[type eq "work"].value without a work email: one element appended', () => {
    const user = userWith({ emails: [otherEmail] });
    const result = patch(
      [{ op: 'add', path: 'emails[type eq "work"].value', value: 'x@c.test' }],
      user,
    );

    expect(result.resource['emails']).to.deep.equal([
      otherEmail,
      { type: 'work', value: 'x@c.test' },
    ]);
  });

  it('Replace on the same path without a work email: appended, no option needed', () => {
    const user = userWith({ emails: [otherEmail] });
    const path = 'emails[type eq "work"].value';
    const result = patch([{ op: 'replace', path, value: 'x@c.test' }], user);

    expect(result.resource['emails']).to.deep.equal([
      otherEmail,
      { type: 'work', value: 'x@c.test' },
    ]);
  });

  it('Replace active "False": stored as the boolean false, never the string', () => {
    const result = patch([{ op: 'Replace', path: 'active', value: 'False' }]);

    expect(result.resource['active']).to.equal(false);
  });

  it('Add the Systam workspace: extension object created and its URN added to schemas', () => {
    const user = userWith({ schemas: [coreUrn], [systamUrn]: undefined });
    const result = patch([{ op: 'add', path: `${systamUrn}:primaryWorkspace`, value: 'X' }], user);

    expect(result.resource).to.deep.equal(
      userWith({ schemas: [coreUrn, systamUrn], [systamUrn]: { primaryWorkspace: 'X' } }),
    );
  });

  it('Add the enterprise manager as a bare string: ignored, never stored as manager "m1"', () => {
    const result = patch([{ op: 'Add', path: `${enterpriseUrn}:manager`, value: 'm1' }]);

    expect(result.resource).to.deep.equal(makeUser());
  });

  it('Remove phoneNumbers[type eq "other"]: removed', () => {
    const phones = [
      { type: 'work', value: '+1 555 0100' },
      { type: 'other', value: '+1 555 0199' },
    ];
    const result = patch(
      [{ op: 'remove', path: 'phoneNumbers[type eq "other"]' }],
      userWith({ phoneNumbers: phones }),
    );

    expect(result.resource).to.deep.equal(makeUser());
  });

  it('Remove with value [{value}] when stored values carry more sub-attributes: removed', () => {
    const result = patch([{ op: 'remove', path: 'emails', value: [{ value: 'avery@home.test' }] }]);

    expect(result.resource['emails']).to.deep.equal([workEmail]);
  });

  it('Remove emails[value eq "…"]: removed', () => {
    const result = patch([{ op: 'remove', path: 'emails[value eq "avery@home.test"]' }]);

    expect(result.resource['emails']).to.deep.equal([workEmail]);
  });

  it('Add [{value}] already held with more sub-attributes: not duplicated', () => {
    const result = patch([{ op: 'add', path: 'emails', value: [{ value: 'avery@home.test' }] }]);

    expect(result.resource).to.deep.equal(makeUser());
  });

  it('Replace the whole emails list', () => {
    const result = patch([{ op: 'replace', path: 'emails', value: [workEmail] }]);

    expect(result.resource['emails']).to.deep.equal([workEmail]);
  });

  it('paths Name.GivenName and EMAILS[TYPE eq "other"].VALUE: no new Name or EMAILS keys', () => {
    const result = patch([
      { op: 'replace', path: 'Name.GivenName', value: 'X' },
      { op: 'replace', path: 'EMAILS[TYPE eq "other"].VALUE', value: 'x@home.test' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        name: { givenName: 'X', familyName: 'Lin' },
        emails: [workEmail, { ...otherEmail, value: 'x@home.test' }],
      }),
    );
  });

  it('no path, replace {name: {givenName}}: merged, familyName not lost', () => {
    const result = patch([{ op: 'replace', value: { name: { givenName: 'X' } } }]);

    expect(result.resource['name']).to.deep.equal({ givenName: 'X', familyName: 'Lin' });
  });

  it('replace fooBar, an unknown attribute: ignored by policy, not added', () => {
    const result = patch([{ op: 'replace', path: 'fooBar', value: 'x' }]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.ignoredAttributes).to.deep.equal(['fooBar']);
  });

  it('invalid op, remove without path, broken filter: invalidSyntax, noTarget, invalidPath', () => {
    expectPatchError([{ op: 'patch', path: 'active' }], 'invalidSyntax', /op "patch"/);
    expectPatchError([{ op: 'remove' }], 'noTarget', /needs a "path"/);
    expectPatchError([{ op: 'remove', path: 'emails[type eq' }], 'invalidPath', /emails\[type eq/);
  });

  it('the Microsoft doc sample in legacy mode, with a work email present', () => {
    const result = patch([
      { op: 'Replace', path: 'displayName', value: 'Ada Byron' },
      { op: 'Replace', path: 'name.givenName', value: 'Ada' },
      { op: 'Replace', path: 'name.familyName', value: 'Byron' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada@contoso.test' },
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Replace', path: `${enterpriseUrn}:employeeNumber`, value: 'E-1' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        name: { givenName: 'Ada', familyName: 'Byron' },
        emails: [{ ...workEmail, value: 'ada@contoso.test' }, otherEmail],
        active: false,
      }),
    );
  });

  it('the Microsoft doc sample in aadOptscim062020 mode, on a user without emails', () => {
    const user = makeUserWithoutContacts();
    const result = patch(
      [
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'ada@contoso.test' },
        {
          op: 'replace',
          value: {
            displayName: 'Ada Byron',
            'name.givenName': 'Ada',
            'name.familyName': 'Byron',
            [`${enterpriseUrn}:employeeNumber`]: 'E-1',
          },
        },
      ],
      user,
    );

    expect(result.resource).to.deep.equal({
      ...user,
      name: { givenName: 'Ada', familyName: 'Byron' },
      emails: [{ type: 'work', value: 'ada@contoso.test' }],
    });
    expect(result.appliedRules).to.deep.equal(['filtered-path-upsert', 'pathless-value-paths']);
  });
});
