import { expect } from 'chai';

import {
  enterpriseUrn,
  makeUser,
  makeUserWithoutContacts,
  patch,
  systamUrn,
  userWith,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

// entra-protocol.md section 5.1: what Entra ID sends without the
// aadOptscim062020 flag, one operation per changed attribute.
describe('Entra ID PATCH shapes, legacy mode (entra-protocol.md 5.1)', () => {
  it('simple path with a capitalised op: Replace userName', () => {
    const result = patch([{ op: 'Replace', path: 'userName', value: 'ada@contoso.test' }]);

    expect(result.resource).to.deep.equal(userWith({ userName: 'ada@contoso.test' }));
    expect(result.appliedRules).to.deep.equal(['op-name-any-case']);
  });

  it('sub-attribute path: Replace name.familyName', () => {
    const result = patch([{ op: 'Replace', path: 'name.familyName', value: 'Byron' }]);

    expect(result.resource).to.deep.equal(
      userWith({ name: { givenName: 'Avery', familyName: 'Byron' } }),
    );
  });

  it('filtered paths for emails and phone numbers', () => {
    const result = patch([
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada.l@contoso.test' },
      { op: 'Replace', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0110' },
      { op: 'Replace', path: 'addresses[type eq "work"].streetAddress', value: '1 Main St' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        emails: [{ ...workEmail, value: 'ada.l@contoso.test' }, otherEmail],
        phoneNumbers: [{ type: 'work', value: '+1 555 0110' }],
      }),
    );
    expect(result.ignoredAttributes).to.deep.equal(['addresses[type eq "work"].streetAddress']);
  });

  it('the Value spelling of the attribute table: emails[type eq "other"].Value', () => {
    const result = patch([
      { op: 'Replace', path: 'emails[type eq "other"].Value', value: 'ada@home.test' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ emails: [workEmail, { ...otherEmail, value: 'ada@home.test' }] }),
    );
  });

  it('extension attribute paths: Systam workspace applied, enterprise ignored', () => {
    const result = patch([
      { op: 'Replace', path: `${systamUrn}:primaryWorkspace`, value: 'APAC-02' },
      { op: 'Replace', path: `${enterpriseUrn}:employeeNumber`, value: 'E-1001' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ [systamUrn]: { primaryWorkspace: 'APAC-02' } }),
    );
    expect(result.ignoredAttributes).to.deep.equal([`${enterpriseUrn}:employeeNumber`]);
  });

  it('Add for a single-valued string replaces it, and nickName is ignored', () => {
    const result = patch([
      { op: 'Add', path: 'preferredLanguage', value: 'fr-FR' },
      { op: 'Add', path: 'nickName', value: 'Ada' },
    ]);

    expect(result.resource).to.deep.equal(userWith({ preferredLanguage: 'fr-FR' }));
    expect(result.ignoredAttributes).to.deep.equal(['nickName']);
  });

  it('boolean as a string: Replace active "False"', () => {
    const result = patch([{ op: 'Replace', path: 'active', value: 'False' }]);

    expect(result.resource).to.deep.equal(userWith({ active: false }));
    expect(result.appliedRules).to.deep.equal(['op-name-any-case', 'boolean-strings']);
  });

  it('Add on active, as reported during deprovisioning', () => {
    const user = userWith({ active: false });
    const result = patch([{ op: 'Add', path: 'active', value: 'True' }], user);

    expect(result.resource).to.deep.equal(makeUser());
  });

  it('manager in the documented and the observed bare-string forms is ignored', () => {
    const result = patch([
      { op: 'Add', path: 'manager', value: [{ $ref: 'https://x.test/Users/u-7', value: 'u-7' }] },
      { op: 'Add', path: `${enterpriseUrn}:manager`, value: 'u-7' },
    ]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.ignoredAttributes).to.deep.equal(['manager', `${enterpriseUrn}:manager`]);
  });

  it('roles, stringified or as objects, are ignored', () => {
    const role = '{"id":"r-1","value":"Admin","displayName":"Admin"}';
    const result = patch([
      { op: 'Add', path: 'roles', value: [{ value: role }] },
      { op: 'replace', path: 'roles', value: [{ value: 'Admin', primary: 'True' }] },
    ]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.ignoredAttributes).to.deep.equal(['roles']);
  });

  it('Remove with a value on a filtered path', () => {
    const result = patch([
      { op: 'Remove', path: 'emails[type eq "other"].value', value: 'avery@home.test' },
    ]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
  });

  it('Remove with a value list on the multi-valued attribute, like member removal', () => {
    const result = patch([{ op: 'Remove', path: 'emails', value: [{ value: 'avery@home.test' }] }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
  });

  it('Add or Replace on a filtered path whose element does not exist yet (5.3)', () => {
    const user = makeUserWithoutContacts();
    const result = patch(
      [
        { op: 'Add', path: 'phoneNumbers[type eq "work"].value', value: '+1 555 0100' },
        { op: 'Replace', path: 'emails[type eq "work"].value', value: 'ada@contoso.test' },
      ],
      user,
    );

    expect(result.resource).to.deep.equal({
      ...user,
      phoneNumbers: [{ type: 'work', value: '+1 555 0100' }],
      emails: [{ type: 'work', value: 'ada@contoso.test' }],
    });
  });

  it("Entra's mixed request of field report #11 applies all four changes", () => {
    const result = patch([
      { op: 'Replace', path: 'displayName', value: 'Test Person' },
      { op: 'Replace', path: 'emails[type eq "work"].value', value: 't.person@contoso.test' },
      { op: 'Replace', path: 'userName', value: 't.person@contoso.test' },
      { op: 'Replace', path: 'name.familyName', value: 'Person' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        userName: 't.person@contoso.test',
        name: { givenName: 'Avery', familyName: 'Person' },
        emails: [{ ...workEmail, value: 't.person@contoso.test' }, otherEmail],
      }),
    );
    expect(result.ignoredAttributes).to.deep.equal(['displayName']);
  });

  it("an empty value clears, as in Microsoft's null-update test (9.2)", () => {
    const cleared = patch([{ op: 'Replace', path: 'preferredLanguage', value: '' }]);
    const nulled = patch([{ op: 'Replace', path: 'preferredLanguage', value: null }]);

    expect(cleared.resource).to.deep.equal(userWith({ preferredLanguage: undefined }));
    expect(nulled.resource).to.deep.equal(userWith({ preferredLanguage: undefined }));
  });
});
