import { expect } from 'chai';

import { InvalidFilterError, InvalidPathError } from '../../../src/scim/errors.js';
import type { PatchPath } from '../../../src/scim/filter/filter-ast.js';
import { parsePatchPath } from '../../../src/scim/filter/parse-patch-path.js';
import {
  and,
  comparison,
  enterpriseUrn,
  exactly,
  not,
  present,
  systamUrn,
} from './filter-test-support.js';

function expectInvalidPath(text: string, detail: RegExp): InvalidPathError {
  let thrown: unknown;
  try {
    parsePatchPath(text);
  } catch (error) {
    thrown = error;
  }

  expect(thrown, text).to.be.instanceOf(InvalidPathError);
  const error = thrown as InvalidPathError;
  expect(error.detail, text).to.match(detail);
  expect(error.detail, text).to.match(/^Path [^\n]+\.$/);
  return error;
}

describe('parsePatchPath', () => {
  describe('accepted paths (RFC 7644 section 3.5.2)', () => {
    const cases: Array<[string, PatchPath]> = [
      ['userName', { attributePath: 'userName' }],
      ['active', { attributePath: 'active' }],
      ['name.givenName', { attributePath: 'name.givenName' }],
      ['NAME.GIVENNAME', { attributePath: 'NAME.GIVENNAME' }],
      [`${systamUrn}:primaryWorkspace`, { attributePath: `${systamUrn}:primaryWorkspace` }],
      [`${systamUrn}.primaryWorkspace`, { attributePath: `${systamUrn}.primaryWorkspace` }],
      [
        'urn:ietf:params:scim:schemas:core:2.0:User:name.givenName',
        { attributePath: 'urn:ietf:params:scim:schemas:core:2.0:User:name.givenName' },
      ],
      [enterpriseUrn, { attributePath: enterpriseUrn }],
      [systamUrn, { attributePath: systamUrn }],
      [`${enterpriseUrn}:manager`, { attributePath: `${enterpriseUrn}:manager` }],
      [`${enterpriseUrn}:manager.value`, { attributePath: `${enterpriseUrn}:manager.value` }],
      [
        'emails[type eq "work"]',
        { attributePath: 'emails', valueFilter: comparison('type', 'eq', 'work') },
      ],
      [
        'emails[type eq "work"].value',
        {
          attributePath: 'emails',
          valueFilter: comparison('type', 'eq', 'work'),
          subAttribute: 'value',
        },
      ],
      [
        'EMAILS[TYPE eq "home"].VALUE',
        {
          attributePath: 'EMAILS',
          valueFilter: comparison('TYPE', 'eq', 'home'),
          subAttribute: 'VALUE',
        },
      ],
      [
        'members[value eq "2819c223-7f76-453a-919d-413861904646"]',
        {
          attributePath: 'members',
          valueFilter: comparison('value', 'eq', '2819c223-7f76-453a-919d-413861904646'),
        },
      ],
      [
        'emails[type eq "work" and primary eq true].value',
        {
          attributePath: 'emails',
          valueFilter: and(
            comparison('type', 'eq', 'work'),
            comparison('primary', 'eq', true, 'true'),
          ),
          subAttribute: 'value',
        },
      ],
      [
        'emails[not (type eq "work")]',
        { attributePath: 'emails', valueFilter: not(comparison('type', 'eq', 'work')) },
      ],
      [
        'phoneNumbers[type eq other].value',
        {
          attributePath: 'phoneNumbers',
          valueFilter: comparison('type', 'eq', 'other', 'other'),
          subAttribute: 'value',
        },
      ],
      ['emails[value pr]', { attributePath: 'emails', valueFilter: present('value') }],
      [' name.givenName ', { attributePath: 'name.givenName' }],
    ];

    for (const [text, expected] of cases) {
      it(`parses ${text}`, () => {
        expect(parsePatchPath(text)).to.deep.equal(expected);
      });
    }
  });

  describe('rejections (400 invalidPath)', () => {
    it('throws InvalidPathError, not InvalidFilterError, for a bad bracketed filter', () => {
      const error = expectInvalidPath('emails[type eq]', /expected a value after "eq"/);

      expect(error).not.to.be.instanceOf(InvalidFilterError);
      expect(error.status).to.equal(400);
      expect(error.scimType).to.equal('invalidPath');
    });

    const cases: Array<[string, RegExp]> = [
      ['', /^Path is empty; name the attribute to change, e\.g\. name\.givenName\.$/],
      ['  ', /^Path is empty/],
      [
        'emails[type eq "work"',
        exactly(
          'Path is invalid at position 22 (the end): expected "]" to close the "[" at position 7.',
        ),
      ],
      ['emails[type eq]', /position 15: expected a value after "eq", found "\]"/],
      [
        'emails[type eq "work"].value eq "x"',
        /position 30: unexpected "eq" after the attribute path/,
      ],
      ['userName eq "x"', /position 10: unexpected "eq" after the attribute path/],
      ['name..givenName', /position 1: "name\.\.givenName" is not an attribute path/],
      ['name.givenName.x', /is not an attribute path/],
      [
        'emails[type eq "work"].',
        /position 24 \(the end\): expected a sub-attribute name after "\]\."/,
      ],
      ['emails[type eq "work"]x', /position 23: unexpected "x" after the attribute path/],
      ['emails[phoneNumbers[type eq "x"]]', /brackets cannot be nested/],
      ['emails]', /position 7: unexpected "\]" after the attribute path/],
      ['[type eq "work"]', /position 1: expected an attribute name, found "\["/],
      ["emails[type eq 'work']", /double quotes, not single quotes/],
      ['emails[type foo "work"]', /"foo" is not an operator/],
      [`${systamUrn}:`, /is not an attribute path/],
    ];

    for (const [text, detail] of cases) {
      it(`rejects ${JSON.stringify(text)}`, () => {
        expectInvalidPath(text, detail);
      });
    }

    it('rejects a path longer than 4096 characters before parsing it', () => {
      expectInvalidPath(
        `a${'b'.repeat(4096)}`,
        exactly('Path is too long (4097 characters); the gateway accepts at most 4096.'),
      );
    });
  });
});
