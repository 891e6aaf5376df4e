import { expect } from 'chai';

import { enterpriseUrn, makeUser, patch, systamUrn, userWith } from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

// entra-protocol.md section 5.2: Entra ID with the aadOptscim062020 flag,
// and the further shapes of section 5.3.
describe('Entra ID PATCH shapes, aadOptscim062020 mode (entra-protocol.md 5.2, 5.3)', () => {
  it('disables with lower-case op and a JSON boolean, firing no rule', () => {
    const result = patch([{ op: 'replace', path: 'active', value: false }]);

    expect(result.resource).to.deep.equal(userWith({ active: false }));
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('merges plain changes into one path-less replace keyed by paths', () => {
    const result = patch([
      {
        op: 'replace',
        value: {
          displayName: 'Ada Byron',
          'name.givenName': 'Ada',
          'name.familyName': 'Byron',
          [`${enterpriseUrn}:employeeNumber`]: 'E-1001',
          [`${systamUrn}:primaryWorkspace`]: 'APAC-02',
        },
      },
      { op: 'replace', path: 'emails[type eq "work"].value', value: 'ada@contoso.test' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        name: { givenName: 'Ada', familyName: 'Byron' },
        emails: [{ ...workEmail, value: 'ada@contoso.test' }, otherEmail],
        [systamUrn]: { primaryWorkspace: 'APAC-02' },
      }),
    );
    expect(result.ignoredAttributes).to.deep.equal([
      'displayName',
      `${enterpriseUrn}:employeeNumber`,
    ]);
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('a path-less value with the extension as a nested object (5.3)', () => {
    const result = patch([
      {
        op: 'replace',
        value: {
          [systamUrn]: { primaryWorkspace: 'APAC-02' },
          [enterpriseUrn]: { department: 'Finance' },
        },
      },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ [systamUrn]: { primaryWorkspace: 'APAC-02' } }),
    );
    expect(result.ignoredAttributes).to.deep.equal([`${enterpriseUrn}:department`]);
  });

  it('a fully qualified core path (5.3)', () => {
    const path = 'urn:ietf:params:scim:schemas:core:2.0:User:userName';
    const result = patch([{ op: 'replace', path, value: 'ada@contoso.test' }]);

    expect(result.resource).to.deep.equal(userWith({ userName: 'ada@contoso.test' }));
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('a filtered removal without value, the flag form of member removal', () => {
    const result = patch([{ op: 'remove', path: 'emails[value eq "avery@home.test"]' }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
    expect(result.appliedRules).to.deep.equal([]);
  });

  it("the validator's path-less replace of every core attribute, unknown ones ignored", () => {
    const result = patch([
      {
        op: 'replace',
        value: {
          userName: 'ada@contoso.test',
          active: true,
          externalId: 'ada',
          preferredLanguage: 'en-GB',
          timezone: 'Europe/London',
          locale: 'en-GB',
          userType: 'Employee',
          profileUrl: 'https://contoso.test/ada',
          nickName: 'Ada',
          name: { givenName: 'Ada', familyName: 'Byron', formatted: 'Ada Byron' },
        },
      },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        userName: 'ada@contoso.test',
        externalId: 'ada',
        preferredLanguage: 'en-GB',
        name: { givenName: 'Ada', familyName: 'Byron' },
      }),
    );
    expect(result.ignoredAttributes).to.deep.equal([
      'timezone',
      'locale',
      'userType',
      'profileUrl',
      'nickName',
      'name.formatted',
    ]);
  });

  it('empty Operations from the validator are a no-op (field report #33)', () => {
    const result = patch([]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.appliedRules).to.deep.equal(['empty-operations']);
  });
});
