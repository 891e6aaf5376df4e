import { expect } from 'chai';

import { coreUrn, patch, systamUrn, userWith } from './patch-test-support.js';

// entra-protocol.md section 5.3: jobs created before December 2018 put "."
// between the extension URN and the attribute name.
describe('compatibility rule legacy-urn-separator', () => {
  it('sets an extension attribute written as URN.attribute and reports the rule', () => {
    const result = patch([
      { op: 'Replace', path: `${systamUrn}.primaryWorkspace`, value: 'OSL-02' },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' } }),
    );
    expect(result.appliedRules).to.deep.equal(['op-name-any-case', 'legacy-urn-separator']);
  });

  it('accepts the same form for core attributes', () => {
    const result = patch([
      { op: 'replace', path: `${coreUrn}.userName`, value: 'ava@contoso.test' },
    ]);

    expect(result.resource).to.deep.equal(userWith({ userName: 'ava@contoso.test' }));
    expect(result.appliedRules).to.deep.equal(['legacy-urn-separator']);
  });

  it('does not report the rule for the ":" of RFC 7644 section 3.10', () => {
    const result = patch([
      { op: 'replace', path: `${systamUrn}:primaryWorkspace`, value: 'OSL-02' },
    ]);

    expect(result.appliedRules).to.deep.equal([]);
  });
});
