import { expect } from 'chai';

import { coreUrn, makeUser, patch, systamUrn, userWith } from './patch-test-support.js';

describe('applyPatch: add (RFC 7644 section 3.5.2.1)', () => {
  describe('without a path', () => {
    it('adds each attribute of the value object to the resource', () => {
      const user = userWith({ preferredLanguage: undefined, externalId: undefined });
      const result = patch(
        [{ op: 'add', value: { preferredLanguage: 'fi-FI', externalId: 'a.lin' } }],
        user,
      );

      expect(result.resource).to.deep.equal(
        userWith({ externalId: 'a.lin', preferredLanguage: 'fi-FI' }),
      );
      expect(result.appliedRules).to.deep.equal([]);
      expect(result.ignoredAttributes).to.deep.equal([]);
    });

    it('merges a complex value into the existing one, keeping the other sub-attributes', () => {
      const result = patch([{ op: 'add', value: { name: { givenName: 'Ava' } } }]);

      expect(result.resource).to.deep.equal(
        userWith({ name: { givenName: 'Ava', familyName: 'Lin' } }),
      );
    });

    it('appends to a multi-valued attribute', () => {
      const result = patch([
        { op: 'add', value: { phoneNumbers: [{ type: 'other', value: '+1 555 0199' }] } },
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

    it('merges an extension object given under its URN', () => {
      const result = patch([{ op: 'add', value: { [systamUrn]: { primaryWorkspace: 'OSL-02' } } }]);

      expect(result.resource).to.deep.equal(
        userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' } }),
      );
      expect(result.appliedRules).to.deep.equal([]);
    });
  });

  describe('with a path', () => {
    it('replaces the value of a single-valued attribute', () => {
      const result = patch([{ op: 'add', path: 'preferredLanguage', value: 'sv-SE' }]);

      expect(result.resource).to.deep.equal(userWith({ preferredLanguage: 'sv-SE' }));
    });

    it('adds an attribute that had no value', () => {
      const user = userWith({ externalId: undefined });
      const result = patch([{ op: 'add', path: 'externalId', value: 'a.lin' }], user);

      expect(result.resource).to.deep.equal(userWith({ externalId: 'a.lin' }));
    });

    it('adds a sub-attribute, creating the complex attribute when absent', () => {
      const user = userWith({ name: undefined });
      const result = patch([{ op: 'add', path: 'name.givenName', value: 'Ava' }], user);

      expect(result.resource).to.deep.equal(userWith({ name: { givenName: 'Ava' } }));
    });

    it('merges a complex value, leaving sub-attributes it does not name', () => {
      const result = patch([{ op: 'add', path: 'name', value: { familyName: 'Lin-Park' } }]);

      expect(result.resource).to.deep.equal(
        userWith({ name: { givenName: 'Avery', familyName: 'Lin-Park' } }),
      );
    });

    it('appends new values to a multi-valued attribute', () => {
      const added = { type: 'other', value: '+358 40 123 4567' };
      const result = patch([{ op: 'add', path: 'phoneNumbers', value: [added] }]);

      expect(result.resource).to.deep.equal(
        userWith({
          phoneNumbers: [{ type: 'work', value: '+1 555 0100' }, added],
        }),
      );
    });

    it('does not add a value the attribute already holds', () => {
      const result = patch([
        {
          op: 'add',
          path: 'emails',
          value: [{ type: 'work', value: 'avery.lin@contoso.test' }],
        },
      ]);

      expect(result.resource).to.deep.equal(makeUser());
    });

    it('compares values by caseExact: an email differing only in case is the same value', () => {
      const result = patch([
        {
          op: 'add',
          path: 'emails',
          value: [{ type: 'WORK', value: 'Avery.Lin@Contoso.test' }],
        },
      ]);

      expect(result.resource).to.deep.equal(makeUser());
    });

    it('sets an extension attribute by its URN-qualified path (section 3.10)', () => {
      const path = `${systamUrn}:primaryWorkspace`;
      const result = patch([{ op: 'add', path, value: 'OSL-02' }]);

      expect(result.resource).to.deep.equal(
        userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' } }),
      );
    });

    it('accepts a core attribute qualified with the core URN (section 3.10)', () => {
      const result = patch([{ op: 'add', path: `${coreUrn}:userName`, value: 'ava@contoso.test' }]);

      expect(result.resource).to.deep.equal(userWith({ userName: 'ava@contoso.test' }));
    });

    it('reads attribute and sub-attribute names in any letter case (RFC 7643 section 2.1)', () => {
      const result = patch([
        { op: 'add', path: 'PreferredLanguage', value: 'de-DE' },
        { op: 'add', path: 'Name.GivenName', value: 'Ava' },
        { op: 'add', path: 'EMAILS[TYPE eq "other"].VALUE', value: 'ava@home.test' },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({
          preferredLanguage: 'de-DE',
          name: { givenName: 'Ava', familyName: 'Lin' },
          emails: [
            { type: 'work', value: 'avery.lin@contoso.test' },
            { type: 'other', value: 'ava@home.test' },
          ],
        }),
      );
    });

    it('merges into an extension named by its URN alone', () => {
      const result = patch([{ op: 'add', path: systamUrn, value: { primaryWorkspace: 'OSL-02' } }]);

      expect(result.resource).to.deep.equal(
        userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' } }),
      );
    });

    it('sets a sub-attribute of matching values only, with a value filter', () => {
      const result = patch([
        { op: 'add', path: 'emails[type eq "work"].value', value: 'ava.lin@contoso.test' },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({
          emails: [
            { type: 'work', value: 'ava.lin@contoso.test' },
            { type: 'other', value: 'avery@home.test' },
          ],
        }),
      );
    });

    it('merges sub-attributes into matching values when the filter has no sub-attribute', () => {
      const result = patch([
        { op: 'add', path: 'emails[type eq "other"]', value: { value: 'ava@home.test' } },
      ]);

      expect(result.resource).to.deep.equal(
        userWith({
          emails: [
            { type: 'work', value: 'avery.lin@contoso.test' },
            { type: 'other', value: 'ava@home.test' },
          ],
        }),
      );
    });
  });

  describe('a sub-attribute of a multi-valued attribute without a filter (RFC is silent)', () => {
    it('sets it on every value, as emails.value means every value in a filter', () => {
      const result = patch([{ op: 'add', path: 'phoneNumbers.value', value: '+1 555 0111' }]);

      expect(result.resource).to.deep.equal(
        userWith({
          phoneNumbers: [{ type: 'work', value: '+1 555 0111' }],
        }),
      );
    });

    it('creates one value holding the sub-attribute when the attribute is empty', () => {
      const user = userWith({ phoneNumbers: undefined });
      const result = patch([{ op: 'add', path: 'phoneNumbers.value', value: '+1 555 0111' }], user);

      expect(result.resource).to.deep.equal(userWith({ phoneNumbers: [{ value: '+1 555 0111' }] }));
    });
  });
});
