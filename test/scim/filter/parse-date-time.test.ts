import { expect } from 'chai';

import { parseDateTime } from '../../../src/scim/filter/parse-date-time.js';

const nanoseconds = (milliseconds: number): bigint => BigInt(milliseconds) * 1_000_000n;

describe('parseDateTime', () => {
  const valid: Array<[string, bigint]> = [
    ['2024-05-01T12:00:00Z', nanoseconds(Date.UTC(2024, 4, 1, 12))],
    ['2024-05-01t12:00:00z', nanoseconds(Date.UTC(2024, 4, 1, 12))],
    ['2024-05-01T14:00:00+02:00', nanoseconds(Date.UTC(2024, 4, 1, 12))],
    ['2024-05-01T06:30:00-05:30', nanoseconds(Date.UTC(2024, 4, 1, 12))],
    ['2024-05-01T12:00:00-00:00', nanoseconds(Date.UTC(2024, 4, 1, 12))],
    ['2024-05-01T12:00:00.5Z', nanoseconds(Date.UTC(2024, 4, 1, 12)) + 500_000_000n],
    ['2024-05-01T12:00:00.1234567Z', nanoseconds(Date.UTC(2024, 4, 1, 12)) + 123_456_700n],
    ['2024-05-01T12:00:00.1234567891Z', nanoseconds(Date.UTC(2024, 4, 1, 12)) + 123_456_789n],
    ['2024-02-29T00:00:00Z', nanoseconds(Date.UTC(2024, 1, 29))],
    ['2000-02-29T00:00:00Z', nanoseconds(Date.UTC(2000, 1, 29))],
    ['1969-12-31T23:59:59Z', -1_000_000_000n],
    ['0050-01-01T00:00:00Z', nanoseconds(new Date('0050-01-01T00:00:00Z').getTime())],
    ['2016-12-31T23:59:60Z', nanoseconds(Date.UTC(2017, 0, 1))],
  ];

  for (const [text, expected] of valid) {
    it(`reads ${text}`, () => {
      expect(parseDateTime(text)).to.equal(expected);
    });
  }

  const invalid = [
    '',
    '2024-05-01',
    '2024-05-01T12:00:00',
    '2024-05-01 12:00:00Z',
    '2024-5-01T12:00:00Z',
    '2024-13-01T00:00:00Z',
    '2024-00-01T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '1900-02-29T00:00:00Z',
    '2024-04-31T00:00:00Z',
    '2024-05-01T24:00:00Z',
    '2024-05-01T12:60:00Z',
    '2024-05-01T12:00:61Z',
    '2024-05-01T12:00:00+24:00',
    '2024-05-01T12:00:00+0200',
    '2024-05-01T12:00:00.Z',
    ' 2024-05-01T12:00:00Z',
    'yesterday',
  ];

  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text)}`, () => {
      expect(parseDateTime(text)).to.equal(undefined);
    });
  }
});
