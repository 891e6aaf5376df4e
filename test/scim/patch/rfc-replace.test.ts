import { expect } from 'chai';

import {
  expectPatchError,
  makeUser,
  patch,
  patchWithPrimary,
  systamUrn,
  userWith,
  userWithPrimary,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

describe('applyPatch: replace (RFC 7644 section 3.5.2.3)', () => {
  describe('without a path', () => {
    it('replaces each attribute of the value object', () => {
      const result = patch([
        { op: 'replace', value: { userName: 'ava.lin@contoso.test', active: false } },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({ userName: 'ava.lin@contoso.test', active: false }),
      );
      expect(result.appliedRules).to.deep.equal([]);
    });

    it('merges a complex attribute: sub-attributes not given stay as they were', () => {
      const result = patch([{ op: 'replace', value: { name: { givenName: 'Ava' } } }]);

      expect(result.resource).to.deep.equal(
        userWith({ name: { givenName: 'Ava', familyName: 'Lin' } }),
      );
    });

    it('replaces the whole list of a multi-valued attribute', () => {
      const phone = { type: 'work', value: '+44 20 7946 0000' };
      const result = patch([{ op: 'replace', value: { phoneNumbers: [phone] } }]);

      expect(result.resource).to.deep.equal(userWith({ phoneNumbers: [phone] }));
    });
  });

  describe('with a path', () => {
    it('replaces a single-valued attribute', () => {
      const result = patch([{ op: 'replace', path: 'userName', value: 'ava@contoso.test' }]);

      expect(result.resource).to.deep.equal(userWith({ userName: 'ava@contoso.test' }));
    });

    it('treats replacing an absent attribute as an add', () => {
      const user = userWith({ preferredLanguage: undefined });
      const result = patch([{ op: 'replace', path: 'preferredLanguage', value: 'nb-NO' }], user);

      expect(result.resource).to.deep.equal(userWith({ preferredLanguage: 'nb-NO' }));
    });

    it('replaces a sub-attribute', () => {
      const result = patch([{ op: 'replace', path: 'name.familyName', value: 'Park' }]);

      expect(result.resource).to.deep.equal(
        userWith({ name: { givenName: 'Avery', familyName: 'Park' } }),
      );
    });

    it('merges the given sub-attributes into a complex attribute', () => {
      const result = patch([{ op: 'replace', path: 'name', value: { givenName: 'Ava' } }]);

      expect(result.resource).to.deep.equal(
        userWith({ name: { givenName: 'Ava', familyName: 'Lin' } }),
      );
    });

    it('replaces all values of a multi-valued attribute without a filter', () => {
      const email = { type: 'work', value: 'ava@contoso.test' };
      const result = patch([{ op: 'replace', path: 'emails', value: [email] }]);

      expect(result.resource).to.deep.equal(userWith({ emails: [email] }));
    });

    it('replaces every matching value with a value filter', () => {
      const replacement = { type: 'other', value: 'ava@home.test' };
      const result = patch([
        { op: 'replace', path: 'emails[type eq "other"]', value: replacement },
      ]);

      expect(result.resource).to.deep.equal(userWith({ emails: [workEmail, replacement] }));
    });

    it('replaces only that sub-attribute of matching values (field report #9)', () => {
      const result = patch([
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'b.lin@contoso.test' },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({
          emails: [{ type: 'work', value: 'b.lin@contoso.test' }, otherEmail],
        }),
      );
      expect(result.appliedRules).to.deep.equal([]);
    });

    it('keeps every sub-attribute it does not name, on a User type with primary (#9)', () => {
      const result = patchWithPrimary([
        { op: 'replace', path: 'emails[type eq "work"].value', value: 'b.lin@contoso.test' },
      ]);

      expect(result.resource).to.deep.equal(
        userWithPrimary({
          emails: [
            { type: 'work', value: 'b.lin@contoso.test', primary: true },
            { type: 'other', value: 'avery@home.test', primary: false },
          ],
        }),
      );
      expect(result.appliedRules).to.deep.equal([]);
    });

    it('changes every value the filter matches', () => {
      const result = patch([
        { op: 'replace', path: 'emails[value ew ".test"].type', value: 'other' },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({
          emails: [{ ...workEmail, type: 'other' }, otherEmail],
        }),
      );
    });

    it('answers 400 noTarget when a filter that is not plain equality matches nothing', () => {
      expectPatchError(
        [{ op: 'replace', path: 'emails[value co "@nowhere"].value', value: 'x@contoso.test' }],
        'noTarget',
        /^Operation 1 \(replace\) on emails\[value co "@nowhere"\]\.value: no emails value matches/,
      );
    });

    it('merges an extension object named by its URN (field report #22)', () => {
      const result = patch([
        { op: 'replace', path: systamUrn, value: { primaryWorkspace: 'OSL-02' } },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' } }),
      );
      expect(result.appliedRules).to.deep.equal([]);
    });
  });

  describe('null and "" clear the target (Systam policy, RFC 7643 section 2.5)', () => {
    const clearings: Array<[string, unknown, Record<string, unknown>]> = [
      ['preferredLanguage', '', { preferredLanguage: undefined }],
      ['preferredLanguage', null, { preferredLanguage: undefined }],
      ['externalId', '', { externalId: undefined }],
      ['name.familyName', null, { name: { givenName: 'Avery' } }],
      ['phoneNumbers', [], { phoneNumbers: undefined }],
      ['emails[type eq "other"].value', '', { emails: [workEmail] }],
      ['emails[type eq "other"]', null, { emails: [workEmail] }],
      [`${systamUrn}:primaryWorkspace`, null, { [systamUrn]: undefined }],
    ];

    for (const [path, value, changes] of clearings) {
      it(`replace ${path} with ${JSON.stringify(value)}`, () => {
        const result = patch([{ op: 'replace', path, value }]);

        expect(result.resource).to.deep.equal(userWith(changes));
      });
    }

    it('clears nothing that is not there, and creates nothing', () => {
      const user = userWith({ emails: [workEmail] });
      const path = 'emails[type eq "other"].value';
      const result = patch([{ op: 'replace', path, value: '' }], user);

      expect(result.resource).to.deep.equal(user);
      expect(result.appliedRules).to.deep.equal([]);
    });

    it('clears a sub-attribute given as null inside a complex value', () => {
      const result = patch([{ op: 'replace', path: 'name', value: { familyName: null } }]);

      expect(result.resource).to.deep.equal(userWith({ name: { givenName: 'Avery' } }));
    });
  });

  it('returns a copy equal to the input when nothing changes', () => {
    const result = patch([{ op: 'replace', path: 'active', value: true }]);

    expect(result.resource).to.deep.equal(makeUser());
  });
});
