import { expect } from 'chai';

import { bindFilter } from '../../../src/scim/filter/bind-filter.js';
import { evaluateFilter } from '../../../src/scim/filter/evaluate-filter.js';
import { parseFilter } from '../../../src/scim/filter/parse-filter.js';
import type { ResourceType } from '../../../src/scim/schema/scim-schema.js';
import {
  buildUser,
  buildUserWithPrimary,
  deviceType,
  systamUrn,
  userType,
  userTypeWithPrimary,
} from './filter-test-support.js';

function matches(
  text: string,
  resource: Record<string, unknown> = buildUser(),
  resourceType: ResourceType = userType,
): boolean {
  return evaluateFilter(bindFilter(parseFilter(text), resourceType), resource);
}

function checkTable(
  cases: ReadonlyArray<readonly [string, boolean]>,
  resource?: Record<string, unknown>,
  resourceType?: ResourceType,
): void {
  for (const [text, expected] of cases) {
    it(`${expected ? 'matches' : 'does not match'} ${text}`, () => {
      expect(matches(text, resource, resourceType)).to.equal(expected);
    });
  }
}

// Systam keeps no primary flag, so the real User schema has no boolean
// sub-attribute; these filters run on a User type with one (and a user
// whose work email is primary), as the filter module is generic.
function checkTableWithPrimary(cases: ReadonlyArray<readonly [string, boolean]>): void {
  describe('on a User type with a boolean primary', () => {
    checkTable(cases, buildUserWithPrimary(), userTypeWithPrimary);
  });
}

describe('evaluateFilter', () => {
  describe('string equality honours caseExact from the schema', () => {
    checkTable([
      ['userName eq "Barbara.Jensen@Example.com"', true],
      ['userName eq "barbara.jensen@example.com"', true],
      ['userName eq "BARBARA.JENSEN@EXAMPLE.COM"', true],
      ['userName ne "barbara.jensen@example.com"', false],
      ['externalId eq "jdoe-0042"', true],
      ['externalId eq "JDOE-0042"', false],
      ['externalId ne "JDOE-0042"', true],
      ['externalId eq jdoe-0042', true],
      ['id eq "2819c223-7f76-453a-919d-413861904646"', true],
      ['id eq "2819C223-7F76-453A-919D-413861904646"', false],
      [`${systamUrn}:primaryWorkspace eq "HEL-01"`, true],
      [`${systamUrn}:primaryWorkspace eq "hel-01"`, false],
      ['emails.value eq "BJENSEN@example.com"', true],
      ['name.givenName eq "BARBARA"', true],
      [`name.familyName eq "o'brien-smith"`, true],
      ['meta.version eq "w/\\"3\\""', false],
      ['meta.version eq "W/\\"3\\""', true],
      ['preferredLanguage eq "EN-us"', true],
      ['userName eq "cf4d78e8-cc4f-4d5d-b8b9-183561c0104a"', false],
    ]);
  });

  describe('substring and ordering operators on strings', () => {
    checkTable([
      ['userName co "JENSEN@"', true],
      ['userName sw "barbara."', true],
      ['userName ew ".COM"', true],
      ['userName co "smith"', false],
      ['userName co ""', true],
      ['externalId sw "jdoe"', true],
      ['externalId sw "JDOE"', false],
      ['externalId ew "0042"', true],
      ['externalId co "OE-0"', false],
      // Case-insensitive: "barbara…" sorts after "a"; exactly, "B" sorts before "a".
      ['userName gt "a"', true],
      ['userName gt "Z"', false],
      ['userName lt "c"', true],
      ['userName ge "BARBARA.JENSEN@EXAMPLE.COM"', true],
      ['userName le "barbara.jensen@example.com"', true],
      ['userName lt "barbara.jensen@example.com"', false],
      ['userName le "barbara"', false],
      ['externalId gt "Z"', true],
      ['externalId lt "Z"', false],
      ['externalId ge "jdoe-0042"', true],
      ['externalId gt "jdoe-0042"', false],
    ]);

    it('orders by code point, so characters beyond U+FFFF sort after U+FFFD', () => {
      const user = buildUser({ externalId: '\u{1F600}' });

      expect(matches('externalId gt "\uFFFD"', user)).to.equal(true);
      expect(matches('externalId lt "\uFFFD"', user)).to.equal(false);
    });
  });

  describe('dateTime comparisons are chronological', () => {
    checkTable([
      ['meta.lastModified eq "2024-05-01T12:00:00Z"', true],
      ['meta.lastModified eq "2024-05-01T14:00:00+02:00"', true],
      ['meta.lastModified eq "2024-05-01T12:00:00.000Z"', true],
      ['meta.lastModified ne "2024-05-01T14:00:00+02:00"', false],
      ['meta.lastModified gt "2024-05-01T11:59:59Z"', true],
      // Lexicographically "…T12" < "…T13", chronologically 11:00Z is earlier.
      ['meta.lastModified gt "2024-05-01T13:00:00+02:00"', true],
      ['meta.lastModified gt "2024-05-01T14:00:00+02:00"', false],
      ['meta.lastModified ge "2024-05-01T14:00:00+02:00"', true],
      ['meta.lastModified lt "2024-05-01T12:00:00.001Z"', true],
      ['meta.lastModified le "2024-05-01T11:59:59.999999999Z"', false],
      ['meta.created lt "2011-08-01T18:29:49.7931Z"', true],
      ['meta.created gt "2011-08-01T18:29:49.7929999Z"', true],
      ['meta.created eq "2011-08-01T18:29:49.793000Z"', true],
      ['meta.lastModified gt "2011-05-13T04:42:34Z"', true],
    ]);

    it('never orders a stored value that is not a date-time', () => {
      const user = buildUser({ meta: { lastModified: 'last Tuesday' } });

      expect(matches('meta.lastModified gt "1970-01-01T00:00:00Z"', user)).to.equal(false);
      expect(matches('meta.lastModified lt "2999-01-01T00:00:00Z"', user)).to.equal(false);
      expect(matches('meta.lastModified ne "1970-01-01T00:00:00Z"', user)).to.equal(true);
    });
  });

  describe('booleans', () => {
    checkTable([
      ['active eq true', true],
      ['active eq "True"', true],
      ['active eq false', false],
      ['active ne false', true],
    ]);
    checkTableWithPrimary([
      ['emails.primary eq true', true],
      ['phoneNumbers.primary eq true', false],
    ]);

    it('does not read a stored string as a boolean', () => {
      expect(matches('active eq true', buildUser({ active: 'true' }))).to.equal(false);
    });
  });

  describe('numbers', () => {
    const device = { slots: 4, weight: 1.25, ports: [{ number: 22 }, { number: 443 }] };
    const cases: Array<[string, boolean]> = [
      ['slots eq 4', true],
      ['slots eq "4"', true],
      ['slots ne 4', false],
      ['slots gt 3', true],
      ['slots gt 10', false],
      ['slots ge 4', true],
      ['slots lt 4', false],
      ['slots le 4', true],
      ['weight lt 1.5', true],
      ['weight gt 1.25', false],
      ['weight eq 1.25', true],
      ['ports.number eq 443', true],
      ['ports.number gt 1000', false],
      ['ports[number lt 100]', true],
    ];

    for (const [text, expected] of cases) {
      it(`${expected ? 'matches' : 'does not match'} ${text}`, () => {
        expect(matches(text, device, deviceType)).to.equal(expected);
      });
    }
  });

  describe('multi-valued attributes match when any value does', () => {
    checkTable([
      ['emails.type eq "other"', true],
      ['emails.value ew "@jensen.org"', true],
      ['emails.value eq "nobody@example.com"', false],
      ['emails eq "babs@jensen.org"', true],
      ['emails co "JENSEN"', true],
      ['phoneNumbers eq "+1 555 0100"', true],
      ['phoneNumbers.type eq "other"', false],
      // RFC 7644 section 3.4.2.2 applies "any value" to ne too.
      ['emails.type ne "work"', true],
      ['phoneNumbers.type ne "work"', false],
    ]);
  });

  describe('value paths need one element to satisfy the whole filter', () => {
    checkTable([
      ['emails[type eq "work" and value eq "bjensen@example.com"]', true],
      ['emails[type eq "work" and value eq "babs@jensen.org"]', false],
      ['emails[type eq "other" and value eq "babs@jensen.org"]', true],
      ['emails[type eq "work"].value eq "bjensen@example.com"', true],
      ['emails[type eq "work"].value eq "BJENSEN@EXAMPLE.COM"', true],
      ['emails[type eq "work"].value eq "babs@jensen.org"', false],
      ['emails[type eq "other"].value eq "bjensen@example.com"', false],
      // The uncorrelated form matches across elements.
      ['emails.type eq "work" and emails.value eq "babs@jensen.org"', true],
      ['emails[type eq "work"] and emails[value eq "babs@jensen.org"]', true],
      ['emails[not (type eq "work")]', true],
      ['emails[type eq "home"]', false],
      ['phoneNumbers[type eq "work" and value sw "+1"]', true],
      ['name[givenName eq "barbara"]', true],
    ]);
    checkTableWithPrimary([
      ['emails[type eq "work"].primary eq true', true],
      ['emails[type eq "other"].primary pr', false],
    ]);

    it('finds no element in an absent attribute', () => {
      const user = buildUser({ emails: undefined });

      expect(Object.hasOwn(user, 'emails')).to.equal(false);
      expect(matches('emails[type eq "work"]', user)).to.equal(false);
      expect(matches('not (emails[type eq "work"])', user)).to.equal(true);
    });
  });

  describe('pr, eq null and ne on unassigned attributes', () => {
    const states: Array<[string, unknown]> = [
      ['absent', undefined],
      ['null', null],
      ['""', ''],
    ];

    for (const [state, value] of states) {
      describe(`preferredLanguage ${state}`, () => {
        checkTable(
          [
            ['preferredLanguage pr', false],
            ['preferredLanguage eq null', true],
            ['preferredLanguage ne null', false],
            ['preferredLanguage ne "en"', true],
            ['preferredLanguage eq "en"', false],
            ['not (preferredLanguage pr)', true],
          ],
          buildUser({ preferredLanguage: value }),
        );
      });
    }

    describe('emails []', () => {
      checkTable(
        [
          ['emails pr', false],
          ['emails.value pr', false],
          ['emails eq null', true],
          ['emails.value ne "a@b.c"', true],
          ['emails[type pr]', false],
        ],
        buildUser({ emails: [] }),
      );
    });

    describe('present values', () => {
      checkTable([
        ['preferredLanguage pr', true],
        ['preferredLanguage eq null', false],
        ['preferredLanguage ne null', true],
        ['emails pr', true],
        ['name pr', true],
        ['meta.lastModified pr', true],
        [`${systamUrn}:primaryWorkspace pr`, true],
        ['active pr', true],
      ]);
      checkTableWithPrimary([
        ['emails.primary pr', true],
        ['phoneNumbers.primary pr', false],
      ]);
    });

    it('sees a complex value whose nodes are all empty as not present', () => {
      const user = buildUser({ name: { givenName: '', familyName: null } });

      expect(matches('name pr', user)).to.equal(false);
      expect(matches('name.givenName pr', user)).to.equal(false);
      expect(matches('name.givenName eq null', user)).to.equal(true);
    });

    it('sees false as present', () => {
      expect(matches('active pr', buildUser({ active: false }))).to.equal(true);
    });

    it('reads an absent extension object as unassigned', () => {
      const user = buildUser({ [systamUrn]: undefined });

      expect(matches(`${systamUrn}:primaryWorkspace pr`, user)).to.equal(false);
      expect(matches(`${systamUrn}:primaryWorkspace ne "HEL-01"`, user)).to.equal(true);
      expect(matches(`${systamUrn}:primaryWorkspace eq "HEL-01"`, user)).to.equal(false);
    });
  });

  describe('logical operators', () => {
    checkTable([
      ['userName eq "barbara.jensen@example.com" and active eq true', true],
      ['userName eq "barbara.jensen@example.com" and active eq false', false],
      ['userName eq "nobody" or active eq true', true],
      ['userName eq "nobody" or active eq false', false],
      ['not (active eq false)', true],
      ['not (active eq true)', false],
      // or(true, and(false, false)) is true; read left to right it would be false.
      ['active eq true or userName eq "x" and externalId eq "nope"', true],
      ['(active eq true or userName eq "x") and externalId eq "nope"', false],
      ['id eq "2819c223-7f76-453a-919d-413861904646" and externalId eq jdoe-0042', true],
    ]);
  });

  describe('documents', () => {
    it('reads attribute names and the extension URN in any letter case', () => {
      const user = {
        USERNAME: 'bjensen',
        Emails: [{ Type: 'work', VALUE: 'b@x.com' }],
        [systamUrn.toLowerCase()]: { PrimaryWorkspace: 'HEL-01' },
      };

      expect(matches('userName eq "bjensen"', user)).to.equal(true);
      expect(matches('emails[type eq "work"].value eq "b@x.com"', user)).to.equal(true);
      expect(matches(`${systamUrn}:primaryWorkspace eq "HEL-01"`, user)).to.equal(true);
    });

    it('reads unquoted leading zeros as text', () => {
      expect(matches('externalId eq 0042', buildUser({ externalId: '0042' }))).to.equal(true);
      expect(matches('externalId eq 42', buildUser({ externalId: '0042' }))).to.equal(false);
    });

    it('ignores values of another JSON type than the attribute', () => {
      const user = buildUser({ userName: 42, emails: [{ type: 'work', value: null }, 'stray'] });

      expect(matches('userName eq "42"', user)).to.equal(false);
      expect(matches('emails.value pr', user)).to.equal(false);
      expect(matches('emails[type eq "work"]', user)).to.equal(true);
    });
  });
});
