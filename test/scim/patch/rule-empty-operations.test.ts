import { expect } from 'chai';

import { makeUser, patch } from './patch-test-support.js';

// Field report #33: Microsoft's validator sends "Operations": [] and expects
// success, although RFC 7644 section 3.5.2 asks for at least one.
describe('compatibility rule empty-operations', () => {
  it('treats an empty Operations list as a no-op and reports the rule', () => {
    const user = makeUser();
    const result = patch([], user);

    expect(result.resource).to.deep.equal(makeUser());
    expect(result.resource).to.not.equal(user);
    expect(result.ignoredAttributes).to.deep.equal([]);
    expect(result.appliedRules).to.deep.equal(['empty-operations']);
  });

  it('does not report the rule when there are operations', () => {
    const result = patch([{ op: 'replace', path: 'active', value: true }]);

    expect(result.appliedRules).to.deep.equal([]);
  });
});
