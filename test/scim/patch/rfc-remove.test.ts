import { expect } from 'chai';

import {
  enterpriseUrn,
  expectPatchError,
  makeUser,
  patch,
  patchWithPrimary,
  systamUrn,
  userWith,
  userWithPrimary,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };

describe('applyPatch: remove (RFC 7644 section 3.5.2.2)', () => {
  it('answers 400 noTarget when the path is missing', () => {
    expectPatchError(
      [{ op: 'remove' }],
      'noTarget',
      /^Operation 1 \(remove\) needs a "path" naming what to remove\.$/,
    );
  });

  it('removes a single-valued attribute', () => {
    const result = patch([{ op: 'remove', path: 'preferredLanguage' }]);

    expect(result.resource).to.deep.equal(userWith({ preferredLanguage: undefined }));
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('removes one sub-attribute of a complex attribute', () => {
    const result = patch([{ op: 'remove', path: 'name.familyName' }]);

    expect(result.resource).to.deep.equal(userWith({ name: { givenName: 'Avery' } }));
  });

  it('removes a complex attribute whose last sub-attribute is removed', () => {
    const user = userWith({ name: { givenName: 'Avery' } });
    const result = patch([{ op: 'remove', path: 'name.givenName' }], user);

    expect(result.resource).to.deep.equal(userWith({ name: undefined }));
  });

  it('removes a whole multi-valued attribute when no filter is given', () => {
    const result = patch([{ op: 'remove', path: 'emails' }]);

    expect(result.resource).to.deep.equal(userWith({ emails: undefined }));
  });

  it('removes only the values a value filter matches', () => {
    const result = patch([{ op: 'remove', path: 'emails[type eq "other"]' }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
  });

  it('leaves the attribute unassigned when the filter matched every value', () => {
    const result = patch([{ op: 'remove', path: 'phoneNumbers[type eq "work"]' }]);

    expect(result.resource).to.deep.equal(userWith({ phoneNumbers: undefined }));
  });

  // The real User schema has no sub-attribute that can go while its value
  // stays (Systam keeps no primary flag); the engine is generic, so these
  // removals run on a User type with a boolean primary.
  it('removes a sub-attribute of the matching values only (valuePath.sub)', () => {
    const result = patchWithPrimary([{ op: 'remove', path: 'emails[type eq "work"].primary' }]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [
          { type: 'work', value: 'avery.lin@contoso.test' },
          { type: 'other', value: 'avery@home.test', primary: false },
        ],
      }),
    );
  });

  it('removes a sub-attribute from every value without a filter', () => {
    const result = patchWithPrimary([{ op: 'remove', path: 'emails.primary' }]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [
          { type: 'work', value: 'avery.lin@contoso.test' },
          { type: 'other', value: 'avery@home.test' },
        ],
      }),
    );
  });

  it('drops a value whose "value" sub-attribute is removed (RFC is silent)', () => {
    const result = patch([{ op: 'remove', path: 'emails[type eq "other"].value' }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
  });

  it('removes an extension attribute, and the extension object it leaves empty', () => {
    const result = patch([{ op: 'remove', path: `${systamUrn}:primaryWorkspace` }]);

    expect(result.resource).to.deep.equal(userWith({ [systamUrn]: undefined }));
  });

  it('removes a whole extension named by its URN', () => {
    const result = patch([{ op: 'remove', path: systamUrn }]);

    expect(result.resource).to.deep.equal(userWith({ [systamUrn]: undefined }));
  });

  describe('removing something absent changes nothing', () => {
    const absent: Array<[string, string]> = [
      ['a single-valued attribute', 'preferredLanguage'],
      ['a sub-attribute', 'name.familyName'],
      ['a multi-valued attribute', 'phoneNumbers'],
      ['values no filter matches', 'emails[value eq "nobody@contoso.test"]'],
      ['an extension attribute', `${systamUrn}:primaryWorkspace`],
    ];

    for (const [what, path] of absent) {
      it(`${what}: ${path}`, () => {
        const user = userWith({
          preferredLanguage: undefined,
          name: { givenName: 'Avery' },
          phoneNumbers: undefined,
          [systamUrn]: undefined,
        });
        const result = patch([{ op: 'remove', path }], user);

        expect(result.resource).to.deep.equal(user);
        expect(result.appliedRules).to.deep.equal([]);
      });
    }
  });

  it('ignores the removal of an attribute Systam does not keep', () => {
    const result = patch([
      { op: 'remove', path: 'addresses[type eq "work"]' },
      { op: 'remove', path: `${enterpriseUrn}:manager` },
    ]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.ignoredAttributes).to.deep.equal([
      'addresses[type eq "work"]',
      `${enterpriseUrn}:manager`,
    ]);
  });
});
