import { expect } from 'chai';

import { patch, userWith } from './patch-test-support.js';

// Field report #5: Entra ID writes "Add", "Replace" and "Remove".
describe('compatibility rule op-name-any-case', () => {
  const spellings: Array<[string, Record<string, unknown>, Record<string, unknown>]> = [
    ['Add', { path: 'preferredLanguage', value: 'fi-FI' }, { preferredLanguage: 'fi-FI' }],
    ['Replace', { path: 'preferredLanguage', value: 'fi-FI' }, { preferredLanguage: 'fi-FI' }],
    ['REPLACE', { path: 'active', value: false }, { active: false }],
    ['Remove', { path: 'preferredLanguage' }, { preferredLanguage: undefined }],
    ['rEmOvE', { path: 'externalId' }, { externalId: undefined }],
  ];

  for (const [op, rest, changes] of spellings) {
    it(`applies op "${op}" and reports the rule`, () => {
      const result = patch([{ op, ...rest }]);

      expect(result.resource).to.deep.equal(userWith(changes));
      expect(result.appliedRules).to.deep.equal(['op-name-any-case']);
    });
  }

  it('does not report the rule for the lower-case names of RFC 7644 section 3.5.2', () => {
    const result = patch([
      { op: 'add', path: 'preferredLanguage', value: 'fi-FI' },
      { op: 'replace', path: 'active', value: false },
      { op: 'remove', path: 'externalId' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ preferredLanguage: 'fi-FI', active: false, externalId: undefined }),
    );
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('reports the rule once for several operations', () => {
    const result = patch([
      { op: 'Replace', path: 'active', value: false },
      { op: 'Add', path: 'preferredLanguage', value: 'fi-FI' },
    ]);

    expect(result.appliedRules).to.deep.equal(['op-name-any-case']);
  });
});
