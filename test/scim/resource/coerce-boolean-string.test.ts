import { expect } from 'chai';

import { coerceBooleanString } from '../../../src/scim/resource/coerce-boolean-string.js';

describe('coerceBooleanString', () => {
  const cases: Array<[unknown, boolean | undefined]> = [
    ['True', true],
    ['False', false],
    ['true', true],
    ['false', false],
    ['TRUE', true],
    ['fAlSe', false],
    ['yes', undefined],
    ['0', undefined],
    ['1', undefined],
    [' true', undefined],
    ['', undefined],
    [true, undefined],
    [0, undefined],
    [null, undefined],
  ];

  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${String(expected)}`, () => {
      expect(coerceBooleanString(input)).to.equal(expected);
    });
  }
});
