import { expect } from 'chai';

import { readJsonString } from '../../../src/scim/filter/read-json-string.js';

class ReadFailure extends Error {
  readonly index: number;
  constructor(problem: string, index: number) {
    super(problem);
    this.index = index;
  }
}

const failAt = (problem: string, index: number): never => {
  throw new ReadFailure(problem, index);
};

function readFailure(text: string, start = 0): ReadFailure {
  try {
    readJsonString(text, start, failAt);
  } catch (error) {
    if (error instanceof ReadFailure) return error;
    throw error;
  }
  throw new Error(`${text} was read without a failure`);
}

describe('readJsonString', () => {
  it('returns the value and the index past the closing quote', () => {
    expect(readJsonString('x "ab" and', 2, failAt)).to.deep.equal({ value: 'ab', end: 6 });
  });

  it('agrees with JSON.parse on every escape', () => {
    const literal = String.raw`"\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \uD834\uDD1E"`;

    expect(readJsonString(literal, 0, failAt).value).to.equal(JSON.parse(literal));
  });

  it('keeps characters outside ASCII as they are', () => {
    expect(readJsonString('"Zoë 🌍"', 0, failAt).value).to.equal('Zoë 🌍');
  });

  const failures: Array<[string, number, RegExp]> = [
    ['"abc', 0, /no closing double quote/],
    ['"abc\\', 4, /a backslash at the end of a string escapes nothing/],
    [String.raw`"a\qb"`, 2, /"\\q" is not a JSON escape/],
    [String.raw`"\u00G1"`, 1, /four hex digits/],
    [String.raw`"\uD834"`, 1, /half of a surrogate pair/],
    [String.raw`"\uDD1E\uD834"`, 1, /half of a surrogate pair/],
    ['"a\tb"', 2, /control character/],
  ];

  for (const [text, index, problem] of failures) {
    it(`fails on ${JSON.stringify(text)} at index ${index}`, () => {
      const failure = readFailure(text);

      expect(failure.message).to.match(problem);
      expect(failure.index).to.equal(index);
    });
  }
});
