import { expect } from 'chai';

import { InvalidFilterError } from '../../../src/scim/errors.js';
import { bindFilter } from '../../../src/scim/filter/bind-filter.js';
import type { BoundComparison, BoundFilter } from '../../../src/scim/filter/bound-filter.js';
import type { FilterNode } from '../../../src/scim/filter/filter-ast.js';
import { parseFilter } from '../../../src/scim/filter/parse-filter.js';
import type { ResourceType } from '../../../src/scim/schema/scim-schema.js';
import {
  comparison,
  coreUrn,
  deviceType,
  enterpriseUrn,
  exactly,
  systamUrn,
  userType,
  userTypeWithPrimary,
  valuePath,
} from './filter-test-support.js';

function bind(text: string, resourceType: ResourceType = userType): BoundFilter {
  return bindFilter(parseFilter(text), resourceType);
}

function bindComparison(text: string, resourceType: ResourceType = userType): BoundComparison {
  const bound = bind(text, resourceType);
  if (bound.kind !== 'comparison') throw new Error(`${text} did not bind to a comparison`);
  return bound;
}

function expectBindingError(text: string, detail: RegExp, resourceType = userType): void {
  expect(() => bind(text, resourceType), text).to.throw(InvalidFilterError, detail);
}

describe('bindFilter', () => {
  describe('resolving attribute paths', () => {
    const workspace = `${systamUrn}:primaryWorkspace`;

    // [filter path, canonical name, defining schema, extension URN in documents, compared type]
    const cases: Array<[string, string, string, string | undefined, string]> = [
      ['userName', 'userName', coreUrn, undefined, 'string'],
      ['USERNAME', 'userName', coreUrn, undefined, 'string'],
      [`${coreUrn}:userName`, 'userName', coreUrn, undefined, 'string'],
      ['name.givenName', 'name.givenName', coreUrn, undefined, 'string'],
      ['Name.FamilyName', 'name.familyName', coreUrn, undefined, 'string'],
      [`${coreUrn}:name.familyName`, 'name.familyName', coreUrn, undefined, 'string'],
      ['id', 'id', coreUrn, undefined, 'string'],
      [`${coreUrn}:externalId`, 'externalId', coreUrn, undefined, 'string'],
      ['emails.value', 'emails.value', coreUrn, undefined, 'string'],
      ['emails.type', 'emails.type', coreUrn, undefined, 'string'],
      ['phoneNumbers.value', 'phoneNumbers.value', coreUrn, undefined, 'string'],
      // A complex attribute compared as a whole means its "value".
      ['emails', 'emails.value', coreUrn, undefined, 'string'],
      ['PHONENUMBERS', 'phoneNumbers.value', coreUrn, undefined, 'string'],
      [workspace, workspace, systamUrn, systamUrn, 'string'],
      [`${systamUrn.toUpperCase()}:PRIMARYWORKSPACE`, workspace, systamUrn, systamUrn, 'string'],
      // Legacy Entra jobs separate the URN with "." instead of ":".
      [`${systamUrn}.primaryWorkspace`, workspace, systamUrn, systamUrn, 'string'],
    ];

    for (const [path, name, schemaUrn, extensionUrn, type] of cases) {
      it(`resolves ${path} to ${name}`, () => {
        const bound = bindComparison(`${path} eq "x"`);

        expect(bound.path.name).to.equal(name);
        expect(bound.path.schema.id).to.equal(schemaUrn);
        expect(bound.path.extensionUrn).to.equal(extensionUrn);
        expect(bound.path.target.type).to.equal(type);
        expect(bound.value).to.equal('x');
      });
    }

    it('resolves meta.lastModified as a dateTime with its instant', () => {
      const bound = bindComparison('meta.lastModified ge "2024-05-01T12:00:00Z"');

      expect(bound.path.name).to.equal('meta.lastModified');
      expect(bound.path.target.type).to.equal('dateTime');
      expect(bound.value).to.equal('2024-05-01T12:00:00Z');
      expect(bound.instant).to.equal(BigInt(Date.UTC(2024, 4, 1, 12)) * 1_000_000n);
    });

    it('reads the caseExact of each attribute from the schema', () => {
      const caseExact = [
        'userName',
        'externalId',
        'id',
        'emails.value',
        'name.givenName',
        `${systamUrn}:primaryWorkspace`,
        'meta.version',
      ].map((path) => [path, bindComparison(`${path} eq "x"`).path.target.caseExact]);

      expect(Object.fromEntries(caseExact)).to.deep.equal({
        userName: false,
        externalId: true,
        id: true,
        'emails.value': false,
        'name.givenName': false,
        [`${systamUrn}:primaryWorkspace`]: true,
        'meta.version': true,
      });
    });

    it('binds sub-attributes in brackets relative to the multi-valued attribute', () => {
      const bound = bind('emails[Type eq "work"].Value eq "a@b.c"');
      if (bound.kind !== 'valuePath' || bound.filter.kind !== 'and') {
        throw new Error('not a value path');
      }
      const { left, right } = bound.filter;
      if (left.kind !== 'comparison' || right.kind !== 'comparison') {
        throw new Error('not comparisons');
      }

      expect(bound.path.name).to.equal('emails');
      expect(bound.path.subAttribute).to.equal(undefined);
      expect([left.path.name, left.operator, left.value]).to.deep.equal([
        'emails.type',
        'eq',
        'work',
      ]);
      expect([right.path.name, right.operator, right.value]).to.deep.equal([
        'emails.value',
        'eq',
        'a@b.c',
      ]);
      expect(right.path.attribute).to.equal(bound.path.attribute);
    });

    it('keeps and, or and not around the bound terms', () => {
      const bound = bind('userName eq "a" or not (externalId eq b and id pr)');

      expect(bound.kind).to.equal('or');
      if (bound.kind !== 'or' || bound.right.kind !== 'not') throw new Error('shape lost');
      expect(bound.right.filter.kind).to.equal('and');
    });

    it('binds a filter built by hand as well as a parsed one', () => {
      const node: FilterNode = valuePath('emails', comparison('type', 'eq', 'work'));

      expect(bindFilter(node, userType).kind).to.equal('valuePath');
    });
  });

  describe('coercing values to the attribute type', () => {
    const cases: Array<[string, unknown]> = [
      ['active eq true', true],
      ['active eq false', false],
      // Entra sends "True" and "False" as strings.
      ['active eq "True"', true],
      ['active eq "FALSE"', false],
      ['active eq False', false],
      ['emails.primary eq "true"', true],
      ['externalId eq jdoe', 'jdoe'],
      ['externalId eq 0042', '0042'],
      ['externalId eq 12345', '12345'],
      ['externalId eq 1e3', '1e3'],
      ['externalId eq -0.50', '-0.50'],
      ['externalId eq true', 'true'],
      ['externalId eq "0042"', '0042'],
      ['userName eq null', null],
      ['active ne null', null],
      ['meta.lastModified eq null', null],
      ['slots eq 4', 4],
      ['slots gt "0042"', 42],
      ['weight le 1.5', 1.5],
      ['weight lt "2.25"', 2.25],
      ['certificate eq "AAEC"', 'AAEC'],
      ['profileUrl sw "https://"', 'https://'],
    ];

    // The real User schema has no boolean sub-attribute any more (Systam
    // keeps no primary flag), so emails.primary is bound on a User type
    // that has one.
    function resourceTypeOf(text: string): ResourceType {
      if (/^(slots|weight|certificate|profileUrl)/.test(text)) return deviceType;
      return /^emails\.primary /.test(text) ? userTypeWithPrimary : userType;
    }

    for (const [text, expected] of cases) {
      it(`binds ${text} to ${JSON.stringify(expected)}`, () => {
        const resourceType = resourceTypeOf(text);

        expect(bindComparison(text, resourceType).value).to.equal(expected);
      });
    }

    it('keeps a dateTime value as written and adds its instant', () => {
      const bound = bindComparison('meta.created lt "2011-08-01T20:29:49.7931+02:00"');

      expect(bound.value).to.equal('2011-08-01T20:29:49.7931+02:00');
      const milliseconds = Date.UTC(2011, 7, 1, 18, 29, 49, 793);
      expect(bound.instant).to.equal(BigInt(milliseconds) * 1_000_000n + 100_000n);
    });
  });

  describe('rejections (400 invalidFilter)', () => {
    const choices =
      'one of id, externalId, meta, userName, name, active, preferredLanguage, ' +
      `emails, phoneNumbers or ${systamUrn}:primaryWorkspace`;

    const cases: Array<[string, RegExp]> = [
      [
        'title eq "Dev"',
        exactly(
          'The gateway cannot filter on "title" because Systam does not keep it; ' +
            `filter on ${choices} instead.`,
        ),
      ],
      [
        'displayName eq "Barbara"',
        /cannot filter on "displayName" because Systam does not keep it/,
      ],
      ['title pr', /cannot filter on "title"/],
      ['nickName ne "x"', /cannot filter on "nickName"/],
      [
        `${enterpriseUrn}:employeeNumber eq "E-7001"`,
        /cannot filter on "urn:ietf:params:scim:schemas:extension:enterprise:2\.0:User:employeeN/,
      ],
      [
        `${enterpriseUrn}:manager.value eq "m1"`,
        /cannot filter on ".*enterprise:2\.0:User:manager\.value"/,
      ],
      [
        'urn:ietf:params:scim:schemas:core:2.0:Group:displayName eq "x"',
        /cannot filter on "urn:ietf:params:scim:schemas:core:2\.0:Group:displayName"/,
      ],
      [`${systamUrn}:costCenter eq "x"`, /cannot filter on ".*systam:2\.0:User:costCenter"/],
      [
        'name.middleName eq "x"',
        exactly(
          'The gateway cannot filter on "name.middleName" because Systam does not keep it; ' +
            'filter on name.givenName or name.familyName instead.',
        ),
      ],
      [
        'emails.display eq "x"',
        exactly(
          'The gateway cannot filter on "emails.display" because Systam does not keep it; ' +
            'filter on emails.value or emails.type instead.',
        ),
      ],
      [
        'emails[display eq "x"]',
        exactly(
          'The gateway cannot filter emails on "display"; inside emails[…] use value or type.',
        ),
      ],
      // Systam keeps no primary flag: primary is an attribute like any other it does not keep.
      [
        'emails.primary eq true',
        exactly(
          'The gateway cannot filter on "emails.primary" because Systam does not keep it; ' +
            'filter on emails.value or emails.type instead.',
        ),
      ],
      [
        'phoneNumbers.primary pr',
        exactly(
          'The gateway cannot filter on "phoneNumbers.primary" because Systam does not keep ' +
            'it; filter on phoneNumbers.value or phoneNumbers.type instead.',
        ),
      ],
      [
        'emails[primary eq true]',
        exactly(
          'The gateway cannot filter emails on "primary"; inside emails[…] use value or type.',
        ),
      ],
      ['emails[type eq "work"].primary eq true', /cannot filter emails on "primary"/],
      ['emails[emails.value eq "x"]', /cannot filter emails on "emails\.value"/],
      ['emails[type eq "work"].display eq "x"', /cannot filter emails on "display"/],
      [
        systamUrn + ' pr',
        exactly(
          `Filter names the whole extension "${systamUrn}"; filter on one of its attributes, ` +
            `such as ${systamUrn}:primaryWorkspace.`,
        ),
      ],
      [
        'name eq "Barbara"',
        exactly(
          'Filter compares name as a whole, but it is complex; compare name.givenName or ' +
            'name.familyName.',
        ),
      ],
      ['meta eq "x"', /compares meta as a whole.*meta\.created/],
      [
        'userName[value eq "x"]',
        exactly(
          'Filter puts brackets after userName, which has no sub-attributes; brackets belong ' +
            'after a complex attribute such as emails.',
        ),
      ],
      ['name.givenName[value eq "x"]', /brackets after name\.givenName/],
      [
        'userName gt null',
        /^Filter compares userName with null using "gt"; only eq and ne work with null\.$/,
      ],
      ['active co null', /only eq and ne work with null/],
      [
        'active eq "yes"',
        /^Filter compares active, a boolean, with "yes"; compare it with true or false\.$/,
      ],
      ['active eq 1', /active, a boolean, with 1;/],
      ['active eq yes', /active, a boolean, with yes;/],
      [
        'active co "t"',
        /^Filter uses "co" on active, which is a boolean; co, sw and ew work only on strings\.$/,
      ],
      [
        'meta.lastModified sw "2024"',
        /"sw" on meta\.lastModified, which is a dateTime; co, sw and ew work only on strings/,
      ],
      [
        'meta.lastModified gt "yesterday"',
        exactly(
          'Filter compares meta.lastModified with "yesterday", which is not an RFC 3339 ' +
            'date-time such as 2024-05-01T12:00:00Z.',
        ),
      ],
      ['meta.lastModified gt "2024-02-30T00:00:00Z"', /not an RFC 3339 date-time/],
      ['meta.lastModified gt "2024-05-01"', /not an RFC 3339 date-time/],
      ['meta.lastModified gt 2024', /with 2024, which is not an RFC 3339 date-time/],
      ['meta.lastModified eq true', /not an RFC 3339 date-time/],
    ];
    for (const operator of ['gt', 'ge', 'lt', 'le']) {
      cases.push([
        `active ${operator} true`,
        exactly(`Filter uses "${operator}" on active, which is a boolean; use eq or ne.`),
      ]);
    }

    for (const [text, detail] of cases) {
      it(`rejects ${text}`, () => {
        expectBindingError(text, detail);
      });
    }

    for (const operator of ['gt', 'ge', 'lt', 'le']) {
      const text = `emails.primary ${operator} false`;

      it(`rejects ${text} on a User type with a boolean primary`, () => {
        expectBindingError(
          text,
          new RegExp(`"${operator}" on emails\\.primary, which is a boolean`),
          userTypeWithPrimary,
        );
      });
    }

    const deviceCases: Array<[string, RegExp]> = [
      [
        'slots eq 1.5',
        /^Filter compares slots, an integer, with 1\.5; compare it with a whole number\.$/,
      ],
      ['slots eq "many"', /slots, an integer, with "many"/],
      ['weight gt heavy', /weight, a decimal number, with heavy; compare it with a number/],
      ['slots co 4', /"co" on slots, which is an integer/],
      ['certificate gt "AA"', /^Filter uses "gt" on certificate, which is binary; use eq or ne\.$/],
      ['certificate sw "AA"', /"sw" on certificate, which is binary/],
    ];

    for (const [text, detail] of deviceCases) {
      it(`rejects ${text} on a resource type with numbers and binary`, () => {
        expectBindingError(text, detail, deviceType);
      });
    }

    it('rejects a value path nested in another when the tree is built by hand', () => {
      const nested = valuePath('emails', valuePath('phoneNumbers', comparison('type', 'eq', 'x')));

      expect(() => bindFilter(nested, userType)).to.throw(
        InvalidFilterError,
        /^Filter puts brackets inside emails\[…\]; value filters cannot be nested/,
      );
    });

    it('answers 400 invalidFilter', () => {
      let thrown: unknown;
      try {
        bind('title eq "x"');
      } catch (error) {
        thrown = error;
      }

      expect(thrown).to.be.instanceOf(InvalidFilterError);
      expect((thrown as InvalidFilterError).status).to.equal(400);
      expect((thrown as InvalidFilterError).scimType).to.equal('invalidFilter');
    });
  });
});
