import { expect } from 'chai';

import { InvalidFilterError } from '../../../src/scim/errors.js';
import { bindFilter } from '../../../src/scim/filter/bind-filter.js';
import { evaluateFilter } from '../../../src/scim/filter/evaluate-filter.js';
import type { FilterNode } from '../../../src/scim/filter/filter-ast.js';
import { parseFilter } from '../../../src/scim/filter/parse-filter.js';
import {
  and,
  buildUser,
  comparison,
  enterpriseUrn,
  not,
  or,
  systamUrn,
  userType,
  valuePath,
} from './filter-test-support.js';

// The test object of toolchain-and-libraries.md section A.2, reduced to the
// attributes Systam keeps; title, employeeNumber and manager are not in the
// schema, so filters on them must fail rather than match nothing.
const user = buildUser({
  userName: 'a@b.com',
  emails: [
    { type: 'work', value: 'pat@x.com' },
    { type: 'other', value: 'pat@home.example' },
  ],
  name: { givenName: 'Pat', familyName: "O'Brien-Smith" },
  meta: { lastModified: '2012-01-01T00:00:00Z' },
  active: true,
  externalId: 'a"b',
});

function matches(text: string): boolean {
  return evaluateFilter(bindFilter(parseFilter(text), userType), user);
}

describe('filter corner cases other libraries got wrong (toolchain notes, section A.2)', () => {
  const matching: Array<[string, boolean]> = [
    ['userName eq "a@b.com"', true],
    // Evaluators that compare values case-sensitively missed this one.
    ['userName Eq "A@B.COM"', true],
    ['UserName eq "a@b.com"', true],
    ['emails[type eq "work" and value co "@x.com"]', true],
    [`name.familyName sw "O'Brien"`, true],
    // Chronological, not a string comparison that happens to agree.
    ['meta.lastModified gt "2011-05-13T04:42:34Z"', true],
    ['meta.lastModified gt "2012-01-01T01:00:00+02:00"', true],
    ['not (active eq false)', true],
    ['externalId eq "a\\"b"', true],
    [`${systamUrn}:primaryWorkspace eq "HEL-01"`, true],
    ['userName eq "a@b.com" AND active eq true OR userName eq "x"', true],
    ['NOT (userName PR)', false],
    ['userName  eq   "a@b.com"', true],
    ['(userName eq "a@b.com" and (active eq true))', true],
    ['(not (active eq false))', true],
    // The correlated Entra form: the work address is pat@x.com, not the other one.
    ['emails[type eq "work"].value eq "pat@x.com"', true],
    ['emails[type eq "work"].value eq "pat@home.example"', false],
    // Two bracketed filters stay two: different elements may satisfy each.
    ['emails[type eq "work"] and emails[value co "home"]', true],
    ['preferredLanguage pr', true],
  ];

  for (const [text, expected] of matching) {
    it(`${expected ? 'matches' : 'does not match'} ${text}`, () => {
      expect(matches(text)).to.equal(expected);
    });
  }

  // One library had pr true for null and "", and ne false on a missing attribute.
  it('sees null and "" as not present, and ne as true on a missing attribute', () => {
    const sparse = buildUser({ preferredLanguage: '', externalId: null, phoneNumbers: undefined });
    const evaluate = (text: string): boolean =>
      evaluateFilter(bindFilter(parseFilter(text), userType), sparse);

    expect(evaluate('preferredLanguage pr')).to.equal(false);
    expect(evaluate('externalId pr')).to.equal(false);
    expect(evaluate('phoneNumbers.value ne "+1"')).to.equal(true);
    expect(evaluate('externalId ne "a"')).to.equal(true);
  });

  it('reads the precedence of a eq "1" or b eq "2" and c eq "3" as or(a, and(b, c))', () => {
    const expected: FilterNode = or(
      comparison('a', 'eq', '1'),
      and(comparison('b', 'eq', '2'), comparison('c', 'eq', '3')),
    );

    expect(parseFilter('a eq "1" or b eq "2" and c eq "3"')).to.deep.equal(expected);
  });

  it('decodes every JSON escape instead of keeping backslashes', () => {
    expect(parseFilter(String.raw`userName eq "caf\u00e9"`)).to.deep.equal(
      comparison('userName', 'eq', 'café'),
    );
    expect(parseFilter(String.raw`userName eq "back\\slash"`)).to.deep.equal(
      comparison('userName', 'eq', 'back\\slash'),
    );
  });

  it('keeps emails[type eq "work"].value eq "x" correlated and two bracketed filters apart', () => {
    expect(parseFilter('emails[type eq "work"].value eq "x"')).to.deep.equal(
      valuePath('emails', and(comparison('type', 'eq', 'work'), comparison('value', 'eq', 'x'))),
    );
    expect(parseFilter('emails[type eq "work"] and emails[value co "x"]')).to.deep.equal(
      and(
        valuePath('emails', comparison('type', 'eq', 'work')),
        valuePath('emails', comparison('value', 'co', 'x')),
      ),
    );
  });

  it('parses not (x eq 1) with nested parentheses', () => {
    expect(parseFilter('(not (x eq 1))')).to.deep.equal(not(comparison('x', 'eq', 1, '1')));
  });

  const rejected: Array<[string, RegExp]> = [
    // Not kept by Systam: 400 naming the attribute, never an empty result.
    [
      `${enterpriseUrn}:employeeNumber eq "7"`,
      /cannot filter on ".*enterprise:2\.0:User:employeeNumber" because Systam does not keep it/,
    ],
    [
      `${enterpriseUrn}:manager.value eq "m1"`,
      /cannot filter on ".*enterprise:2\.0:User:manager\.value"/,
    ],
    ['title pr', /cannot filter on "title"/],
    ['userName eq', /expected a value after "eq"/],
    ['userName eq "unterminated', /no closing double quote/],
    ['((', /expected an expression/],
    ['userName foo "x"', /"foo" is not an operator/],
    ['userName eq "x" trailing', /expected "and" or "or", found "trailing"/],
    ["userName eq 'single'", /double quotes, not single quotes/],
    // RFC 7644 section 3.4.2.2 requires parentheses after not.
    ['not active eq false', /expected "\(" after "not"/],
  ];

  for (const [text, detail] of rejected) {
    it(`rejects ${text} with 400 invalidFilter`, () => {
      expect(() => bindFilter(parseFilter(text), userType)).to.throw(InvalidFilterError, detail);
    });
  }
});
