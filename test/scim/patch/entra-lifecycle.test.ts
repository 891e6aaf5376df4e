import { expect } from 'chai';
import { readFileSync } from 'node:fs';

import { applyPatch } from '../../../src/scim/patch/apply-patch.js';
import { normalizeResource } from '../../../src/scim/resource/normalize-resource.js';
import type { ScimResource } from '../../../src/scim/resource/scim-resource.js';
import { coreUrn, enterpriseUrn, systamUrn, userType } from './patch-test-support.js';

interface LifecycleStep {
  readonly name: string;
  readonly body?: { readonly Operations?: readonly unknown[] } & Record<string, unknown>;
}

const lifecycle = JSON.parse(
  readFileSync(new URL('../../fixtures/entra/systam-lifecycle.json', import.meta.url), 'utf8'),
) as { steps: LifecycleStep[] };

function stepBody(name: string): Record<string, unknown> {
  const body = lifecycle.steps.find((step) => step.name === name)?.body;
  if (body === undefined) throw new Error(`the lifecycle has no step ${name} with a body`);
  return body;
}

function operationsOf(name: string): readonly unknown[] {
  const operations = stepBody(name)['Operations'];
  if (!Array.isArray(operations)) throw new Error(`step ${name} has no Operations`);
  return operations;
}

// The PATCH bodies of the recorded Entra ID lifecycle
// (test/fixtures/entra/systam-lifecycle.json), applied one after the other
// to the user its first POST creates.
describe('the recorded Entra ID lifecycle, PATCH by PATCH', () => {
  const created = normalizeResource(stepBody('create-user-full'), userType).resource;
  const steps: Array<[string, (user: ScimResource) => ScimResource, string[]]> = [
    [
      'patch-single-valued-legacy-ops',
      (user) => ({
        ...user,
        name: { givenName: 'Mira', familyName: 'Castellano-Ruiz' },
        preferredLanguage: 'ca-ES',
      }),
      ['nickName'],
    ],
    [
      'patch-multi-valued-filtered-paths',
      (user) => ({
        ...user,
        // Systam keeps no primary flag: the POST's primary values were dropped.
        emails: [
          { type: 'work', value: 'm.castellano@example.com' },
          { type: 'other', value: 'mira.home@example.net' },
        ],
        phoneNumbers: [
          { type: 'work', value: '+1 555 0110' },
          { type: 'other', value: '+1 555 0101' },
        ],
      }),
      [],
    ],
    [
      'patch-workspace-extension-path',
      (user) => ({
        ...user,
        schemas: [coreUrn, enterpriseUrn, systamUrn],
        [systamUrn]: { primaryWorkspace: 'REMOTE' },
      }),
      [],
    ],
    [
      'patch-flag-style-pathless-object',
      (user) => ({
        ...user,
        name: { givenName: 'Mirabel', familyName: 'Castellano-Ruiz' },
        [systamUrn]: { primaryWorkspace: 'NYC-01' },
      }),
      [],
    ],
    ['disable-legacy-string-False-deletes', (user) => ({ ...user, active: false }), []],
  ];

  // Each test replays the steps before it, so it stands on its own.
  const replay = (count: number): ScimResource =>
    steps
      .slice(0, count)
      .reduce((user, [name]) => applyPatch(user, operationsOf(name), userType).resource, created);

  steps.forEach(([name, expectChange, ignored], index) => {
    it(name, () => {
      const user = replay(index);
      const result = applyPatch(user, operationsOf(name), userType);

      expect(result.resource).to.deep.equal(expectChange(user));
      expect(result.ignoredAttributes).to.deep.equal(ignored);
    });
  });

  it('disable-flag-style-boolean, on the user as created', () => {
    const result = applyPatch(created, operationsOf('disable-flag-style-boolean'), userType);

    expect(result.resource).to.deep.equal({ ...created, active: false });
    expect(result.appliedRules).to.deep.equal([]);
  });
});
