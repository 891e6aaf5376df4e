import { expect } from 'chai';

import {
  coreUrn,
  enterpriseUrn,
  expectPatchError,
  patch,
  systamUrn,
  userWith,
} from './patch-test-support.js';

const workEmail = { type: 'work', value: 'avery.lin@contoso.test' };
const otherEmail = { type: 'other', value: 'avery@home.test' };

// aadOptscim062020 merges several changes into one path-less replace whose
// keys are paths (entra-protocol.md section 5.2; field report #18).
describe('compatibility rule pathless-value-paths', () => {
  it('applies dotted sub-attribute keys, keeping the sub-attributes not named', () => {
    const result = patch([{ op: 'replace', value: { 'name.givenName': 'Quinn' } }]);

    expect(result.resource).to.deep.equal(
      userWith({ name: { givenName: 'Quinn', familyName: 'Lin' } }),
    );
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('applies a URN-qualified extension key', () => {
    const result = patch([
      { op: 'replace', value: { [`${systamUrn}:primaryWorkspace`]: 'OSL-02' } },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' } }),
    );
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('applies a URN-qualified core key', () => {
    const result = patch([{ op: 'replace', value: { [`${coreUrn}:userName`]: 'q@contoso.test' } }]);

    expect(result.resource).to.deep.equal(userWith({ userName: 'q@contoso.test' }));
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('applies a filtered key to the matching value only', () => {
    const result = patch([
      { op: 'replace', value: { 'emails[type eq "work"].value': 'q.tester@contoso.test' } },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({
        emails: [{ ...workEmail, value: 'q.tester@contoso.test' }, otherEmail],
      }),
    );
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('applies a dotted key on a multi-valued attribute to its values', () => {
    const user = userWith({ emails: [workEmail] });
    const result = patch([{ op: 'replace', value: { 'emails.value': 'q@contoso.test' } }], user);

    expect(result.resource).to.deep.equal(
      userWith({ emails: [{ ...workEmail, value: 'q@contoso.test' }] }),
    );
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('applies every key of field report #18 and ignores the ones Systam does not keep', () => {
    const result = patch([
      {
        op: 'replace',
        value: {
          active: true,
          displayName: 'Q. Tester',
          'name.givenName': 'Quinn',
          'name.familyName': 'Tester',
          [`${enterpriseUrn}:employeeNumber`]: 'E-7001',
        },
      },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ name: { givenName: 'Quinn', familyName: 'Tester' } }),
    );
    expect(result.ignoredAttributes).to.deep.equal([
      'displayName',
      `${enterpriseUrn}:employeeNumber`,
    ]);
    expect(result.appliedRules).to.deep.equal(['pathless-value-paths']);
  });

  it('does not report the rule when the only path keys name ignored attributes', () => {
    const result = patch([
      {
        op: 'replace',
        value: { [`${enterpriseUrn}:employeeNumber`]: 'E-7001', 'name.formatted': 'Q' },
      },
    ]);

    expect(result.ignoredAttributes).to.deep.equal([
      `${enterpriseUrn}:employeeNumber`,
      'name.formatted',
    ]);
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('merges the RFC form, an extension object under its URN, without the rule (#22)', () => {
    const result = patch([
      { op: 'replace', value: { [systamUrn]: { primaryWorkspace: 'OSL-02' }, active: false } },
    ]);

    expect(result.resource).to.deep.equal(
      userWith({ [systamUrn]: { primaryWorkspace: 'OSL-02' }, active: false }),
    );
    expect(result.appliedRules).to.deep.equal([]);
  });

  it('skips a schemas key, which is not an attribute', () => {
    const result = patch([{ op: 'replace', value: { schemas: [coreUrn], active: false } }]);

    expect(result.resource).to.deep.equal(userWith({ active: false }));
    expect(result.ignoredAttributes).to.deep.equal([]);
  });

  it('answers 400 invalidPath for a key that is a broken path', () => {
    expectPatchError(
      [{ op: 'replace', value: { 'emails[type eq "work".value': 'x@contoso.test' } }],
      'invalidPath',
      /^Operation 1 \(replace\) on emails\[type eq "work"\.value: /,
    );
  });
});
