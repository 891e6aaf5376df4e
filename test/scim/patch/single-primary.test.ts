import { expect } from 'chai';

import { patchWithPrimary, userWithPrimary } from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test', primary: true };
const otherEmail = { type: 'other', value: 'avery@home.test', primary: false };

// RFC 7643 section 2.4: "primary" may be true for one value of an attribute.
// Systam keeps no primary flag, so the real User schema has none; the PATCH
// engine is generic and keeps this rule, tested on a User type with primary.
describe('applyPatch: at most one primary value (RFC 7643 section 2.4)', () => {
  it('clears primary on the other values when a filtered path makes one primary', () => {
    const result = patchWithPrimary([
      { op: 'replace', path: 'emails[type eq "other"].primary', value: true },
    ]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [
          { ...workEmail, primary: false },
          { ...otherEmail, primary: true },
        ],
      }),
    );
  });

  it('clears primary on existing values when an added value is primary', () => {
    const phone = { type: 'other', value: '+1 555 0199', primary: true };
    const result = patchWithPrimary([{ op: 'add', path: 'phoneNumbers', value: [phone] }]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        phoneNumbers: [{ type: 'work', value: '+1 555 0100', primary: false }, phone],
      }),
    );
  });

  it('leaves values without a primary flag as they are', () => {
    const { primary: _primary, ...workWithoutPrimary } = workEmail;
    const user = userWithPrimary({ emails: [workWithoutPrimary, otherEmail] });
    const result = patchWithPrimary(
      [{ op: 'add', path: 'emails[type eq "work"].primary', value: true }],
      user,
    );

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [{ type: 'work', value: 'avery.lin@contoso.test', primary: true }, otherEmail],
      }),
    );
  });

  it('does not touch other values when the operation sets nothing primary', () => {
    const result = patchWithPrimary([
      { op: 'replace', path: 'emails[type eq "other"].value', value: 'a@b.test' },
    ]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [workEmail, { ...otherEmail, value: 'a@b.test' }],
      }),
    );
  });

  it('applies to the values of a path-less replace too', () => {
    const result = patchWithPrimary([
      { op: 'replace', value: { 'emails[type eq "other"].primary': 'True' } },
    ]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [
          { ...workEmail, primary: false },
          { ...otherEmail, primary: true },
        ],
      }),
    );
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths', 'boolean-strings']);
  });
});
