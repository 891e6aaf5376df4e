import { expect } from 'chai';

import { bindFilter } from '../../../src/scim/filter/bind-filter.js';
import type { BoundAttributePath } from '../../../src/scim/filter/bound-filter.js';
import { parseFilter } from '../../../src/scim/filter/parse-filter.js';
import {
  isPresentValue,
  readElements,
  readResourceValues,
} from '../../../src/scim/filter/read-attribute-values.js';
import type { ResourceType } from '../../../src/scim/schema/scim-schema.js';
import {
  buildUser,
  buildUserWithPrimary,
  systamUrn,
  userType,
  userTypeWithPrimary,
} from './filter-test-support.js';

function pathOf(text: string, resourceType: ResourceType = userType): BoundAttributePath {
  const bound = bindFilter(parseFilter(`${text} pr`), resourceType);
  if (bound.kind !== 'present') throw new Error(`${text} did not bind to a presence test`);
  return bound.path;
}

describe('readResourceValues', () => {
  const user = buildUser();

  const cases: Array<[string, unknown[]]> = [
    ['userName', ['Barbara.Jensen@Example.com']],
    ['name.givenName', ['Barbara']],
    ['emails.value', ['bjensen@example.com', 'babs@jensen.org']],
    ['emails.type', ['work', 'other']],
    ['meta.lastModified', ['2024-05-01T12:00:00Z']],
    [`${systamUrn}:primaryWorkspace`, ['HEL-01']],
    ['preferredLanguage', ['en-US']],
  ];

  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      expect(readResourceValues(pathOf(text), user)).to.deep.equal(expected);
    });
  }

  // The real User schema has no boolean sub-attribute (Systam keeps no
  // primary flag); the reader is generic, so a User type with one is used.
  const withPrimary: Array<[string, unknown[]]> = [
    ['emails.primary', [true]],
    ['phoneNumbers.primary', []],
  ];

  for (const [text, expected] of withPrimary) {
    it(`reads ${text} on a User type with a boolean primary`, () => {
      const path = pathOf(text, userTypeWithPrimary);

      expect(readResourceValues(path, buildUserWithPrimary())).to.deep.equal(expected);
    });
  }

  it('reads nothing from an absent attribute or a missing extension', () => {
    const sparse = buildUser({ preferredLanguage: undefined, [systamUrn]: undefined });

    expect(readResourceValues(pathOf('preferredLanguage'), sparse)).to.deep.equal([]);
    expect(readResourceValues(pathOf(`${systamUrn}:primaryWorkspace`), sparse)).to.deep.equal([]);
  });

  it('keeps only objects as elements of a complex attribute', () => {
    const user = buildUser({ emails: [{ value: 'a@b.c' }, 'stray', null, 7] });

    expect(readElements(pathOf('emails'), user)).to.deep.equal([{ value: 'a@b.c' }]);
  });
});

describe('isPresentValue (RFC 7644 section 3.4.2.2 pr)', () => {
  const cases: Array<[unknown, boolean]> = [
    [undefined, false],
    [null, false],
    ['', false],
    [[], false],
    [[null, ''], false],
    [{}, false],
    [{ givenName: '', familyName: null }, false],
    ['x', true],
    [' ', true],
    [0, true],
    [false, true],
    [['', 'x'], true],
    [{ givenName: 'x' }, true],
    [[{ value: '' }, { value: 'a@b.c' }], true],
  ];

  for (const [value, expected] of cases) {
    it(`sees ${JSON.stringify(value) ?? 'undefined'} as ${expected ? 'present' : 'absent'}`, () => {
      expect(isPresentValue(value)).to.equal(expected);
    });
  }
});
