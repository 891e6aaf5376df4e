import { expect } from 'chai';

import { InvalidFilterError } from '../../../src/scim/errors.js';
import type { FilterNode } from '../../../src/scim/filter/filter-ast.js';
import { filterLimits } from '../../../src/scim/filter/filter-limits.js';
import { parseFilter } from '../../../src/scim/filter/parse-filter.js';
import {
  and,
  comparison,
  exactly,
  not,
  or,
  present,
  systamUrn,
  valuePath,
} from './filter-test-support.js';

function expectInvalidFilter(text: string, detail: RegExp): InvalidFilterError {
  let thrown: unknown;
  try {
    parseFilter(text);
  } catch (error) {
    thrown = error;
  }

  expect(thrown, text).to.be.instanceOf(InvalidFilterError);
  const error = thrown as InvalidFilterError;
  expect(error.detail, text).to.match(detail);
  // The detail is shown verbatim in Entra's provisioning log: one line.
  expect(error.detail, text).to.match(/^Filter [^\n]+\.$/);
  return error;
}

describe('parseFilter', () => {
  describe('comparison operators (RFC 7644 section 3.4.2.2)', () => {
    const operators = ['eq', 'ne', 'co', 'sw', 'ew', 'gt', 'lt', 'ge', 'le'] as const;

    for (const operator of operators) {
      const capitalised = operator.charAt(0).toUpperCase() + operator.slice(1);
      for (const written of [operator, operator.toUpperCase(), capitalised]) {
        it(`reads "${written}" as ${operator}`, () => {
          expect(parseFilter(`userName ${written} "x"`)).to.deep.equal(
            comparison('userName', operator, 'x'),
          );
        });
      }
    }

    for (const written of ['pr', 'PR', 'Pr']) {
      it(`reads "${written}" as a presence test`, () => {
        expect(parseFilter(`title ${written}`)).to.deep.equal(present('title'));
      });
    }
  });

  describe('values', () => {
    const cases: Array<[string, FilterNode]> = [
      ['"x"', comparison('a', 'eq', 'x')],
      ['""', comparison('a', 'eq', '')],
      ['true', comparison('a', 'eq', true, 'true')],
      ['false', comparison('a', 'eq', false, 'false')],
      ['null', comparison('a', 'eq', null)],
      ['42', comparison('a', 'eq', 42, '42')],
      ['-1.5e3', comparison('a', 'eq', -1500, '-1.5e3')],
      ['0.25', comparison('a', 'eq', 0.25, '0.25')],
      // Entra's unquoted values keep their text.
      ['jdoe', comparison('a', 'eq', 'jdoe', 'jdoe')],
      ['0042', comparison('a', 'eq', '0042', '0042')],
      ['True', comparison('a', 'eq', 'True', 'True')],
      ['NULL', comparison('a', 'eq', 'NULL', 'NULL')],
      ["O'Brien", comparison('a', 'eq', "O'Brien", "O'Brien")],
      [
        'cf4d78e8-cc4f-4d5d-b8b9-183561c0104a',
        comparison(
          'a',
          'eq',
          'cf4d78e8-cc4f-4d5d-b8b9-183561c0104a',
          'cf4d78e8-cc4f-4d5d-b8b9-183561c0104a',
        ),
      ],
    ];

    for (const [value, expected] of cases) {
      it(`reads ${value}`, () => {
        expect(parseFilter(`a eq ${value}`)).to.deep.equal(expected);
      });
    }
  });

  describe('JSON string escapes', () => {
    const cases: Array<[string, string]> = [
      [String.raw`"a\"b"`, 'a"b'],
      [String.raw`"back\\slash"`, 'back\\slash'],
      [String.raw`"a\/b"`, 'a/b'],
      [String.raw`"\b\f\n\r\t"`, '\b\f\n\r\t'],
      [String.raw`"caf\u00e9"`, 'café'],
      [String.raw`"caf\u00E9"`, 'café'],
      [String.raw`"\uD83D\uDE00"`, '😀'],
      ['"café 😀"', 'café 😀'],
      [String.raw`"\\\""`, '\\"'],
      [String.raw`"and or not ) ( ] ["`, 'and or not ) ( ] ['],
    ];

    for (const [literal, expected] of cases) {
      it(`decodes ${literal}`, () => {
        expect(parseFilter(`userName eq ${literal}`)).to.deep.equal(
          comparison('userName', 'eq', expected),
        );
      });
    }
  });

  describe('logical operators and precedence', () => {
    const a = comparison('a', 'eq', '1');
    const b = comparison('b', 'eq', '2');
    const c = comparison('c', 'eq', '3');
    const cases: Array<[string, FilterNode]> = [
      ['a eq "1" and b eq "2"', and(a, b)],
      ['a eq "1" or b eq "2"', or(a, b)],
      // not binds tighter than and, and tighter than or.
      ['a eq "1" or b eq "2" and c eq "3"', or(a, and(b, c))],
      ['a eq "1" and b eq "2" or c eq "3"', or(and(a, b), c)],
      ['a eq "1" and b eq "2" and c eq "3"', and(and(a, b), c)],
      ['a eq "1" or b eq "2" or c eq "3"', or(or(a, b), c)],
      ['(a eq "1" or b eq "2") and c eq "3"', and(or(a, b), c)],
      ['not (a eq "1") and b eq "2"', and(not(a), b)],
      ['not (a eq "1" or b eq "2")', not(or(a, b))],
      ['not (not (a eq "1"))', not(not(a))],
      ['not(a eq "1")', not(a)],
      ['a eq "1" AND b eq "2" Or c eq "3"', or(and(a, b), c)],
      ['NOT (a eq "1")', not(a)],
      ['((a eq "1"))', a],
      ['(a eq "1" and (b eq "2"))', and(a, b)],
      ['(not (a eq "1"))', not(a)],
      ['a eq "1" and(b eq "2")', and(a, b)],
    ];

    for (const [text, expected] of cases) {
      it(`parses ${text}`, () => {
        expect(parseFilter(text)).to.deep.equal(expected);
      });
    }
  });

  describe('whitespace', () => {
    const expected = and(comparison('userName', 'eq', 'x'), present('title'));

    for (const text of [
      'userName eq "x" and title pr',
      'userName  eq   "x"   and  title   pr',
      '  userName eq "x" and title pr  ',
      'userName\teq\t"x"\r\nand\ntitle pr',
      '( userName eq "x" ) and ( title pr )',
      'userName eq"x" and title pr',
    ]) {
      it(`accepts ${JSON.stringify(text)}`, () => {
        expect(parseFilter(text)).to.deep.equal(expected);
      });
    }
  });

  describe('attribute paths', () => {
    for (const path of [
      'userName',
      'UserName',
      'name.givenName',
      'meta.lastModified',
      '$ref',
      `${systamUrn}:primaryWorkspace`,
      'urn:ietf:params:scim:schemas:core:2.0:User:userName',
      'urn:ietf:params:scim:schemas:core:2.0:User:name.givenName',
      'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value',
      `${systamUrn}.primaryWorkspace`,
    ]) {
      it(`keeps ${path} as written`, () => {
        expect(parseFilter(`${path} eq "v"`)).to.deep.equal(comparison(path, 'eq', 'v'));
      });
    }
  });

  describe('value paths', () => {
    const cases: Array<[string, FilterNode]> = [
      ['emails[type eq "work"]', valuePath('emails', comparison('type', 'eq', 'work'))],
      [
        'emails[type eq "work" and value co "@x.com"]',
        valuePath(
          'emails',
          and(comparison('type', 'eq', 'work'), comparison('value', 'co', '@x.com')),
        ),
      ],
      ['emails[not (type eq "work")]', valuePath('emails', not(comparison('type', 'eq', 'work')))],
      ['emails[ value pr ]', valuePath('emails', present('value'))],
      ['emails [type eq work]', valuePath('emails', comparison('type', 'eq', 'work', 'work'))],
      [
        'emails[type eq "work"] and phoneNumbers[type eq "work"]',
        and(
          valuePath('emails', comparison('type', 'eq', 'work')),
          valuePath('phoneNumbers', comparison('type', 'eq', 'work')),
        ),
      ],
      [
        'userName eq "x" or emails[type eq "work"]',
        or(
          comparison('userName', 'eq', 'x'),
          valuePath('emails', comparison('type', 'eq', 'work')),
        ),
      ],
      ['not (emails[type eq "work"])', not(valuePath('emails', comparison('type', 'eq', 'work')))],
    ];

    for (const [text, expected] of cases) {
      it(`parses ${text}`, () => {
        expect(parseFilter(text)).to.deep.equal(expected);
      });
    }
  });

  describe('forms Entra ID sends', () => {
    const work = comparison('type', 'eq', 'work');
    const cases: Array<[string, FilterNode]> = [
      [
        'userName eq "cf4d78e8-cc4f-4d5d-b8b9-183561c0104a"',
        comparison('userName', 'eq', 'cf4d78e8-cc4f-4d5d-b8b9-183561c0104a'),
      ],
      ['externalId eq jdoe', comparison('externalId', 'eq', 'jdoe', 'jdoe')],
      ['externalId eq 0042', comparison('externalId', 'eq', '0042', '0042')],
      ['externalId eq "a1b2c3"', comparison('externalId', 'eq', 'a1b2c3')],
      [
        'id eq "u-1" and manager eq "m-1"',
        and(comparison('id', 'eq', 'u-1'), comparison('manager', 'eq', 'm-1')),
      ],
      [
        `${systamUrn}:primaryWorkspace eq "HEL-01"`,
        comparison(`${systamUrn}:primaryWorkspace`, 'eq', 'HEL-01'),
      ],
      // The non-RFC form: one element must satisfy both tests.
      [
        'emails[type eq "work"].value eq "a@b.c"',
        valuePath('emails', and(work, comparison('value', 'eq', 'a@b.c'))),
      ],
      [
        'emails[type eq "work"].value eq a@b.c',
        valuePath('emails', and(work, comparison('value', 'eq', 'a@b.c', 'a@b.c'))),
      ],
      ['emails[type eq "work"].value pr', valuePath('emails', and(work, present('value')))],
      [
        'emails[type eq "work"].value co "@b"',
        valuePath('emails', and(work, comparison('value', 'co', '@b'))),
      ],
      [
        'emails[type eq "work"].value NE "a@b.c"',
        valuePath('emails', and(work, comparison('value', 'ne', 'a@b.c'))),
      ],
      [
        'emails[type eq "work" or type eq "other"].value sw "j"',
        valuePath(
          'emails',
          and(or(work, comparison('type', 'eq', 'other')), comparison('value', 'sw', 'j')),
        ),
      ],
      [
        'emails[type eq "work"].value eq "a@b.c" and userName eq "x"',
        and(
          valuePath('emails', and(work, comparison('value', 'eq', 'a@b.c'))),
          comparison('userName', 'eq', 'x'),
        ),
      ],
    ];

    for (const [text, expected] of cases) {
      it(`parses ${text}`, () => {
        expect(parseFilter(text)).to.deep.equal(expected);
      });
    }
  });

  describe('rejections (400 invalidFilter)', () => {
    it('throws InvalidFilterError with status 400 and scimType invalidFilter', () => {
      const error = expectInvalidFilter('userName eq', /expected a value/);

      expect(error.status).to.equal(400);
      expect(error.scimType).to.equal('invalidFilter');
    });

    const cases: Array<[string, RegExp]> = [
      ['', /^Filter is empty; write an expression such as userName eq "jdoe"\.$/],
      ['   ', /^Filter is empty/],
      [
        'userName eq',
        /^Filter is invalid at position 12 \(the end\): expected a value after "eq"\.$/,
      ],
      [
        '(userName eq)',
        /^Filter is invalid at position 13: expected a value after "eq", found "\)"\.$/,
      ],
      ['userName eq and title pr', /position 13: expected a value after "eq", found "and"/],
      ['userName eq "abc', /position 13: the string that starts here has no closing double quote/],
      ['userName eq "abc\\"', /position 13: .*no closing double quote/],
      [
        'userName foo "x"',
        /position 10: "foo" is not an operator; use eq, ne, co, sw, ew, gt, lt, ge, le or pr/,
      ],
      ['userName eq "x" foo', /position 17: expected "and" or "or", found "foo"/],
      ['userName eq "x" "y"', /position 17: expected "and" or "or", found a quoted value/],
      ['userName eq "x")', /position 16: this "\)" closes no "\("/],
      [
        '(userName eq "x"',
        /position 17 \(the end\): expected "\)" to close the "\(" at position 1/,
      ],
      ['((userName eq "x")', /expected "\)" to close the "\(" at position 1/],
      ['((', /position 3 \(the end\): expected an expression after "\("/],
      ['()', /position 2: expected an attribute name, found "\)"/],
      ['(userName eq "x"]', /expected "and", "or" or "\)", found "\]"/],
      [
        'emails[type eq "work"',
        /position 22 \(the end\): expected "\]" to close the "\[" at position 7/,
      ],
      ['emails[type eq "work")', /expected "and", "or" or "\]", found "\)"/],
      ['emails[type eq "work"]]', /position 23: this "\]" closes no "\["/],
      ['emails[]', /position 8: expected an attribute name, found "\]"/],
      [
        'emails[phoneNumbers[type eq "x"]]',
        /position 20: brackets cannot be nested inside a value filter/,
      ],
      ["userName eq 'x'", /position 13: a value must be in double quotes, not single quotes/],
      ['userName eq "x" or title eq \'y\'', /position 29: .*double quotes, not single quotes/],
      [String.raw`userName eq "\x"`, /position 14: "\\x" is not a JSON escape/],
      [String.raw`userName eq "\u12"`, /position 14: "\\u" must be followed by four hex digits/],
      [String.raw`userName eq "\uD83D"`, /half of a surrogate pair/],
      [String.raw`userName eq "\uDE00\uD83D"`, /half of a surrogate pair/],
      [String.raw`userName eq "\uD83D\u0041"`, /half of a surrogate pair/],
      [
        'userName eq "a\nb"',
        /position 15: a control character inside a string must be written as an escape/,
      ],
      ['not active eq false', /position 5: expected "\(" after "not"/],
      ['not', /expected "\(" after "not"/],
      ['userName eq "x" and', /position 20 \(the end\): expected an expression after "and"/],
      ['userName eq "x" or ', /expected an expression after "or"/],
      ['and userName eq "x"', /position 1: expected an attribute name before "and"/],
      ['userName eq ab"c', /position 15: an unquoted value cannot contain a double quote/],
      ['name..givenName pr', /position 1: "name\.\.givenName" is not an attribute path/],
      [
        'name.givenName.x pr',
        /"name\.givenName\.x" is not an attribute path; write attribute or attribute\.subAttribute/,
      ],
      ['1abc eq "x"', /"1abc" is not an attribute path/],
      [
        `${systamUrn}: eq "x"`,
        /is not an attribute path; write the schema URN, ":" and an attribute name/,
      ],
      ['urn:a::b eq "x"', /is not an attribute path/],
      ['"x" eq userName', /position 1: expected an attribute name, found a quoted value/],
      ['userName', /position 9 \(the end\): expected an operator after "userName"/],
      ['userName (eq "x")', /expected an operator after "userName", found "\("/],
      ['emails[type eq "work"].value', /expected an operator after "value"/],
      [
        'emails[type eq "work"].',
        /position 24 \(the end\): expected a sub-attribute name after "\]\."/,
      ],
      ['emails[type eq "work"].value.x eq "y"', /expected a sub-attribute name after "\]\."/],
      ['userName eq 1e999', /the number 1e999 is too large/],
    ];

    for (const [text, detail] of cases) {
      it(`rejects ${JSON.stringify(text)}`, () => {
        expectInvalidFilter(text, detail);
      });
    }

    it('quotes at most 40 characters of an unexpected token', () => {
      const error = expectInvalidFilter(`userName eq "x" ${'z'.repeat(200)}`, /found "z{40}…"/);

      expect(error.detail.length).to.be.below(120);
    });
  });

  describe('limits', () => {
    it(`accepts a filter of exactly ${filterLimits.maxLength} characters`, () => {
      const prefix = 'userName eq "';
      const value = 'a'.repeat(filterLimits.maxLength - prefix.length - 1);

      expect(parseFilter(`${prefix}${value}"`)).to.deep.equal(comparison('userName', 'eq', value));
    });

    it('rejects a longer filter before parsing it, saying it is too long', () => {
      const text = `userName eq "${'a'.repeat(filterLimits.maxLength)}"`;

      expectInvalidFilter(
        text,
        exactly(
          `Filter is too long (${text.length} characters); the gateway accepts at most 4096.`,
        ),
      );
    });

    it('rejects an over-long filter even when it is malformed', () => {
      expectInvalidFilter('('.repeat(5000), /too long/);
    });

    const terms = (count: number): string =>
      Array.from({ length: count }, (_, index) => `a${index} pr`).join(' or ');

    it(`accepts ${filterLimits.maxComparisons} comparisons`, () => {
      let filter = parseFilter(terms(filterLimits.maxComparisons));
      let depth = 0;
      while (filter.kind === 'or') {
        filter = filter.left;
        depth += 1;
      }

      expect(depth).to.equal(filterLimits.maxComparisons - 1);
    });

    it('rejects one comparison more', () => {
      expectInvalidFilter(
        terms(filterLimits.maxComparisons + 1),
        /^Filter has more than 100 comparisons; split it into several requests\.$/,
      );
    });

    it('counts the comparison after "].value" and the ones in brackets', () => {
      // Each value path holds two comparisons.
      const valuePaths = Array.from({ length: 51 }, () => 'emails[type eq "w"].value eq "x"');

      expect(() => parseFilter(valuePaths.slice(0, 50).join(' or '))).not.to.throw();
      expectInvalidFilter(valuePaths.join(' or '), /more than 100 comparisons/);
    });

    const nested = (depth: number): string => `${'('.repeat(depth)}a pr${')'.repeat(depth)}`;

    it(`accepts parentheses nested ${filterLimits.maxNestingDepth} deep`, () => {
      expect(parseFilter(nested(filterLimits.maxNestingDepth))).to.deep.equal(present('a'));
    });

    it('rejects one level more', () => {
      expectInvalidFilter(
        nested(filterLimits.maxNestingDepth + 1),
        /^Filter nests parentheses and brackets more than 32 levels deep; simplify it\.$/,
      );
    });

    it('counts "not (" and brackets as levels', () => {
      const nots = (depth: number): string =>
        `${'not ('.repeat(depth - 1)}emails[type pr]${')'.repeat(depth - 1)}`;

      expect(() => parseFilter(nots(filterLimits.maxNestingDepth))).not.to.throw();
      expectInvalidFilter(nots(filterLimits.maxNestingDepth + 1), /more than 32 levels deep/);
    });

    it('rejects thousands of parentheses without exhausting the stack', () => {
      expectInvalidFilter(nested(1000).slice(0, 4000), /more than 32 levels deep/);
    });
  });
});
