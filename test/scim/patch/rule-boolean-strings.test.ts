import { expect } from 'chai';

import {
  expectPatchError,
  makeUserWithPrimary,
  patch,
  patchWithPrimary,
  userWith,
  userTypeWithPrimary,
  userWithPrimary,
} from './patch-test-support.js';

// Field reports #1 and #2: Entra ID's default mapping of `active` yields the
// strings "True"/"False"; an edited one yields "true"/"false".
describe('compatibility rule boolean-strings', () => {
  const strings: Array<[string, boolean]> = [
    ['False', false],
    ['True', true],
    ['false', false],
    ['true', true],
    ['FALSE', false],
  ];

  for (const [text, expected] of strings) {
    it(`reads "${text}" as ${expected} for active in a path operation`, () => {
      const result = patch([{ op: 'replace', path: 'active', value: text }]);

      expect(result.resource).to.deep.equal(userWith({ active: expected }));
      expect(result.appliedRules).to.deep.equal(['boolean-strings']);
    });
  }

  it('reads it in a path-less value object', () => {
    const result = patch([{ op: 'replace', value: { active: 'False' } }]);

    expect(result.resource).to.deep.equal(userWith({ active: false }));
    expect(result.appliedRules).to.deep.equal(['boolean-strings']);
  });

  // The real User schema has no boolean sub-attribute (Systam keeps no
  // primary flag); the engine is generic, so the rule is checked inside
  // values on a User type with a boolean primary.
  it('reads it inside values of a multi-valued attribute', () => {
    const phone = { type: 'work', value: '+1 555 0100', primary: 'True' };
    const result = patchWithPrimary([{ op: 'replace', path: 'phoneNumbers', value: [phone] }]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({ phoneNumbers: [{ type: 'work', value: '+1 555 0100', primary: true }] }),
    );
    expect(result.appliedRules).to.deep.equal(['boolean-strings']);
  });

  it('reads it for a sub-attribute named by a filtered path', () => {
    const result = patchWithPrimary([
      { op: 'replace', path: 'emails[type eq "work"].primary', value: 'false' },
    ]);

    expect(result.resource).to.deep.equal(
      userWithPrimary({
        emails: [
          { type: 'work', value: 'avery.lin@contoso.test', primary: false },
          { type: 'other', value: 'avery@home.test', primary: false },
        ],
      }),
    );
    expect(result.appliedRules).to.deep.equal(['boolean-strings']);
  });

  for (const text of ['yes', '0', '1', 'no', 'truthy']) {
    it(`answers 400 invalidValue for "${text}"`, () => {
      const problem = `active must be true or false, not "${text}"`;

      expectPatchError(
        [{ op: 'Replace', path: 'active', value: text }],
        'invalidValue',
        new RegExp(`^Operation 1 \\(replace\\) on active: ${problem}\\.$`),
      );
    });
  }

  it('answers 400 invalidValue for a number', () => {
    expectPatchError(
      [{ op: 'replace', path: 'active', value: 0 }],
      'invalidValue',
      /active must be true or false, not 0\.$/,
    );
  });

  it('answers 400 invalidValue for a bad string nested in a value', () => {
    expectPatchError(
      [{ op: 'add', path: 'emails', value: [{ value: 'a@contoso.test', primary: 'yes' }] }],
      'invalidValue',
      /on emails: emails\.primary must be true or false, not "yes"\.$/,
      makeUserWithPrimary(),
      userTypeWithPrimary,
    );
  });

  it('does not report the rule for JSON booleans', () => {
    const result = patch([{ op: 'replace', path: 'active', value: false }]);

    expect(result.resource).to.deep.equal(userWith({ active: false }));
    expect(result.appliedRules).to.deep.equal([]);
  });
});
