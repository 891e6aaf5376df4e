import { expect } from 'chai';

import { enterpriseUrn, makeUser, patch, userWith } from './patch-test-support.js';

// Systam policy: attributes it does not keep are accepted and ignored, never
// a reason to fail a request, and each is reported for the debug log.
describe('applyPatch: attributes Systam does not keep', () => {
  const ignoredPaths = [
    'nickName',
    'title',
    'displayName',
    'userType',
    'name.formatted',
    'name.middleName',
    'addresses[type eq "work"].streetAddress',
    'emails[type eq "work"].display',
    // Systam keeps no primary flag.
    'emails.primary',
    'emails[type eq "work"].primary',
    'phoneNumbers[type eq "work"].primary',
    'roles',
    `${enterpriseUrn}:employeeNumber`,
    `${enterpriseUrn}:department`,
    `${enterpriseUrn}:manager`,
    `${enterpriseUrn}:manager.value`,
  ];

  for (const op of ['add', 'replace']) {
    for (const path of ignoredPaths) {
      it(`${op} ${path} is ignored and reported`, () => {
        const result = patch([{ op, path, value: 'Anything' }]);

        expect(result.resource).to.deep.equal(makeUser());
        expect(result.ignoredAttributes).to.deep.equal([path]);
        expect(result.appliedRules).to.deep.equal([]);
      });
    }
  }

  it('reports a whole enterprise extension object attribute by attribute', () => {
    const result = patch([
      { op: 'replace', path: enterpriseUrn, value: { costCenter: 'CC-12', department: 'Finance' } },
    ]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.ignoredAttributes).to.deep.equal([
      `${enterpriseUrn}:costCenter`,
      `${enterpriseUrn}:department`,
    ]);
  });

  it('does not lose a disable that shares its request with ignored attributes', () => {
    const result = patch([
      { op: 'Replace', path: 'displayName', value: 'Avery Lin' },
      { op: 'Replace', path: 'title', value: 'Engineer' },
      { op: 'Replace', path: 'active', value: 'False' },
      { op: 'Add', path: `${enterpriseUrn}:manager`, value: 'u-0007' },
    ]);

    expect(result.resource).to.deep.equal(userWith({ active: false }));
    expect(result.ignoredAttributes).to.deep.equal([
      'displayName',
      'title',
      `${enterpriseUrn}:manager`,
    ]);
  });

  it('drops unknown sub-attributes inside written values and reports them', () => {
    const result = patch([
      {
        op: 'add',
        path: 'phoneNumbers',
        value: [{ type: 'other', value: '+1 555 0199', display: '555-0199' }],
      },
      { op: 'replace', path: 'name', value: { givenName: 'Ava', formatted: 'Ava Lin' } },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        name: { givenName: 'Ava', familyName: 'Lin' },
        phoneNumbers: [
          { type: 'work', value: '+1 555 0100' },
          { type: 'other', value: '+1 555 0199' },
        ],
      }),
    );
    expect(result.ignoredAttributes).to.deep.equal(['phoneNumbers.display', 'name.formatted']);
  });

  describe('primary, which Systam does not keep (no primary flag)', () => {
    it('ignores remove on it, with or without a filter, and reports it', () => {
      const result = patch([
        { op: 'remove', path: 'emails.primary' },
        { op: 'remove', path: 'phoneNumbers[type eq "work"].primary' },
      ]);

      expect(result.resource).to.deep.equal(makeUser());
      expect(result.ignoredAttributes).to.deep.equal([
        'emails.primary',
        'phoneNumbers[type eq "work"].primary',
      ]);
    });

    it('ignores a path-less key on it, as aadOptscim062020 sends, and reports it', () => {
      const result = patch([
        { op: 'replace', value: { 'emails[type eq "other"].primary': 'True' } },
      ]);

      expect(result.resource).to.deep.equal(makeUser());
      expect(result.ignoredAttributes).to.deep.equal(['emails[type eq "other"].primary']);
    });

    it('drops it from written values, keeping type and value, and reports it once', () => {
      const result = patch([
        {
          op: 'replace',
          path: 'emails',
          value: [{ type: 'work', value: 'ava@contoso.test', primary: true }],
        },
        {
          op: 'add',
          path: 'phoneNumbers',
          value: [{ type: 'other', value: '+1 555 0199', primary: 'False' }],
        },
        {
          op: 'add',
          path: 'emails[type eq "other"]',
          value: { value: 'ava@home.test', primary: true },
        },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({
          emails: [
            { type: 'work', value: 'ava@contoso.test' },
            { type: 'other', value: 'ava@home.test' },
          ],
          phoneNumbers: [
            { type: 'work', value: '+1 555 0100' },
            { type: 'other', value: '+1 555 0199' },
          ],
        }),
      );
      expect(result.ignoredAttributes).to.deep.equal(['emails.primary', 'phoneNumbers.primary']);
      expect(result.appliedRules).to.deep.equal(['filtered-path-upsert']);
    });

    it('accepts two values with primary true, as no flag is kept: no 400 invalidValue', () => {
      const result = patch([
        {
          op: 'replace',
          path: 'emails',
          value: [
            { type: 'work', value: 'a@contoso.test', primary: true },
            { type: 'other', value: 'b@contoso.test', primary: true },
          ],
        },
      ]);

      expect(result.resource['emails']).to.deep.equal([
        { type: 'work', value: 'a@contoso.test' },
        { type: 'other', value: 'b@contoso.test' },
      ]);
      expect(result.ignoredAttributes).to.deep.equal(['emails.primary']);
    });
  });

  it('reports each ignored attribute once', () => {
    const result = patch([
      { op: 'replace', path: 'displayName', value: 'A' },
      { op: 'replace', path: 'displayName', value: 'B' },
    ]);

    expect(result.ignoredAttributes).to.deep.equal(['displayName']);
  });
});
