import { expect } from 'chai';

import {
  makeUser,
  patch,
  patchWithPrimary,
  systamUrn,
  userWith,
  userWithPrimary,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

// Entra ID's legacy remove carries the value to remove; Microsoft's
// reference server removes only when the stored value equals it
// (entra-protocol.md section 5.1).
describe('compatibility rule remove-with-value', () => {
  it('removes a filtered value that equals the given one, compared without case', () => {
    const result = patch([
      { op: 'Remove', path: 'emails[type eq "other"].value', value: 'AVERY@home.test' },
    ]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
    expect(result.appliedRules).to.deep.equal(['op-name-any-case', 'remove-with-value']);
  });

  it('keeps a filtered value that differs from the given one', () => {
    const result = patch([
      { op: 'Remove', path: 'emails[type eq "other"].value', value: 'someone@else.test' },
    ]);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.appliedRules).to.deep.equal(['op-name-any-case', 'remove-with-value']);
  });

  it('compares a caseExact attribute exactly', () => {
    const path = `${systamUrn}:primaryWorkspace`;
    const kept = patch([{ op: 'remove', path, value: 'hel-01' }]);
    const removed = patch([{ op: 'remove', path, value: 'HEL-01' }]);

    expect(kept.resource).to.deep.equal(makeUser());
    expect(removed.resource).to.deep.equal(userWith({ [systamUrn]: undefined }));
  });

  it('removes from a multi-valued attribute only the values given, matched on value', () => {
    const result = patch([{ op: 'Remove', path: 'emails', value: [{ value: 'avery@home.test' }] }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
  });

  it('removes nothing when no given value matches', () => {
    const result = patch([{ op: 'remove', path: 'emails', value: [{ value: 'x@y.test' }] }]);

    expect(result.resource).to.deep.equal(makeUser());
  });

  it('removes a single-valued attribute only when it equals the given value', () => {
    const removed = patch([{ op: 'remove', path: 'preferredLanguage', value: 'EN-us' }]);
    const kept = patch([{ op: 'remove', path: 'preferredLanguage', value: 'fi-FI' }]);

    expect(removed.resource).to.deep.equal(userWith({ preferredLanguage: undefined }));
    expect(kept.resource).to.deep.equal(makeUser());
  });

  // On a User type with a boolean primary: the real one has no boolean
  // sub-attribute, as Systam keeps no primary flag.
  it('reads a "False" string when comparing a boolean', () => {
    const result = patchWithPrimary([
      { op: 'remove', path: 'emails[type eq "other"].primary', value: 'False' },
    ]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [
          { type: 'work', value: 'avery.lin@contoso.test', primary: true },
          { type: 'other', value: 'avery@home.test' },
        ],
      }),
    );
    expect(result.appliedRules).to.deep.equal(['remove-with-value', 'boolean-strings']);
  });

  it('does not report the rule for a remove without value', () => {
    const result = patch([{ op: 'remove', path: 'emails[type eq "other"]' }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('treats a null value as no value', () => {
    const result = patch([{ op: 'remove', path: 'emails[type eq "other"]', value: null }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('keeps other values when the given value names just one (not the whole list)', () => {
    const result = patch([{ op: 'remove', path: 'emails', value: [otherEmail] }]);

    expect(result.resource).to.deep.equal(userWith({ emails: [workEmail] }));
  });
});
