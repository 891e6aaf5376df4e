import { expect } from 'chai';

import { coreUrn, patch, systamUrn, userWith } from './patch-test-support.js';

// RFC 7643 section 3: `schemas` lists every schema whose attributes the
// resource holds. Entra ID leaves its custom extension URN out of what it
// sends, so the engine adds it whenever it writes an extension attribute.
describe('applyPatch: extension URN in schemas', () => {
  const workspacePath = `${systamUrn}:primaryWorkspace`;

  it('adds the extension URN when an operation writes an extension attribute', () => {
    const user = userWith({ schemas: [coreUrn], [systamUrn]: undefined });
    const result = patch([{ op: 'add', path: workspacePath, value: 'OSL-02' }], user);

    expect(result.resource).to.deep.equal(
      userWith({
        schemas: [coreUrn, systamUrn],
        [systamUrn]: { primaryWorkspace: 'OSL-02' },
      }),
    );
  });

  it('adds it for the extension object already stored without its URN listed', () => {
    const user = userWith({ schemas: [coreUrn] });
    const result = patch([{ op: 'replace', value: { [workspacePath]: 'OSL-02' } }], user);

    expect(result.resource['schemas']).to.deep.equal([coreUrn, systamUrn]);
  });

  it('creates schemas when the resource has none', () => {
    const user = userWith({ schemas: undefined });
    const result = patch(
      [{ op: 'replace', path: systamUrn, value: { primaryWorkspace: 'X' } }],
      user,
    );

    expect(result.resource['schemas']).to.deep.equal([coreUrn, systamUrn]);
  });

  it('does not list the URN twice, whatever its letter case', () => {
    const user = userWith({ schemas: [coreUrn, systamUrn.toUpperCase()] });
    const result = patch([{ op: 'add', path: workspacePath, value: 'OSL-02' }], user);

    expect(result.resource['schemas']).to.deep.equal([coreUrn, systamUrn.toUpperCase()]);
  });

  it('leaves schemas alone when only core attributes change', () => {
    const user = userWith({ schemas: [coreUrn] });
    const result = patch([{ op: 'replace', path: 'active', value: false }], user);

    expect(result.resource['schemas']).to.deep.equal([coreUrn]);
  });
});
