import { expect } from 'chai';

import { bindFilter } from '../../../src/scim/filter/bind-filter.js';
import type { BoundAttributePath } from '../../../src/scim/filter/bound-filter.js';
import { parseFilter } from '../../../src/scim/filter/parse-filter.js';
import {
  isPresentValue,
  readElements,
  readResourceValues,
} from '../../../src/scim/filter/read-attribute-values.js';
import { buildUser, systamUrn, userType } from './filter-test-support.js';

function pathOf(text: string): BoundAttributePath {
  const bound = bindFilter(parseFilter(`${text} pr`), userType);
  if (bound.kind !== 'present') throw new Error(`${text} did not bind to a presence test`);
  return bound.path;
}

describe('readResourceValues', () => {
  const user = buildUser();

  const cases: Array<[string, unknown[]]> = [
    ['userName', ['Barbara.Jensen@Example.com']],
    ['name.givenName', ['Barbara']],
    ['emails.value', ['bjensen@example.com', 'babs@jensen.org']],
    ['emails.primary', [true]],
    ['phoneNumbers.primary', []],
    ['meta.lastModified', ['2024-05-01T12:00:00Z']],
    [`${systamUrn}:primaryWorkspace`, ['HEL-01']],
    ['preferredLanguage', ['en-US']],
  ];

  for (const [text, expected] of cases) {
    it(`reads ${text}`, () => {
      expect(readResourceValues(pathOf(text), user)).to.deep.equal(expected);
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
