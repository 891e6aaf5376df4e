import { expect } from 'chai';

import { InvalidFilterError } from '../../../src/scim/errors.js';
import { parsePatchPath } from '../../../src/scim/filter/parse-patch-path.js';
import { compileValueFilter } from '../../../src/scim/filter/value-filter.js';
import { readSchemaFiles } from '../../../src/scim/schema/schema-files.js';
import {
  findAttribute,
  type AttributeDefinition,
  type ResourceType,
} from '../../../src/scim/schema/scim-schema.js';
import { buildUserResourceType } from '../../../src/scim/schema/user-resource-type.js';
import { deviceType, userType, userTypeWithPrimary } from './filter-test-support.js';

function attributeOf(name: string, resourceType: ResourceType = userType): AttributeDefinition {
  const attribute = findAttribute(resourceType.schema.attributes, name);
  if (attribute === undefined) throw new Error(`the User schema has no ${name}`);
  return attribute;
}

function compilePath(
  path: string,
  attribute = attributeOf(parsePatchPath(path).attributePath),
  resourceType: ResourceType = userType,
) {
  const { valueFilter } = parsePatchPath(path);
  if (valueFilter === undefined) throw new Error(`${path} has no value filter`);
  return compileValueFilter(valueFilter, attribute, resourceType);
}

/** compilePath on the User type with a boolean primary the real schema no longer has. */
function compilePathWithPrimary(path: string) {
  const attribute = attributeOf(parsePatchPath(path).attributePath, userTypeWithPrimary);
  return compilePath(path, attribute, userTypeWithPrimary);
}

const emails = [
  { type: 'work', value: 'bjensen@example.com' },
  { type: 'other', value: 'babs@jensen.org' },
  { type: 'Work', value: 'b.jensen@example.com' },
  { value: 'untyped@example.com' },
];

// The same values with the first one primary, for the User type with primary.
const emailsWithPrimary = emails.map((email, index) =>
  index === 0 ? { ...email, primary: true } : email,
);

describe('compileValueFilter', () => {
  const cases: Array<[string, boolean[]]> = [
    ['emails[type eq "work"]', [true, false, true, false]],
    ['emails[TYPE eq "WORK"].value', [true, false, true, false]],
    ['emails[type eq "other"]', [false, true, false, false]],
    ['emails[type eq other]', [false, true, false, false]],
    ['emails[type ne "work"]', [false, true, false, true]],
    ['emails[type pr]', [true, true, true, false]],
    ['emails[not (type pr)]', [false, false, false, true]],
    ['emails[value eq "BJENSEN@EXAMPLE.COM"]', [true, false, false, false]],
    ['emails[type eq "work" or type eq "other"]', [true, true, true, false]],
  ];

  for (const [path, expected] of cases) {
    it(`selects ${JSON.stringify(expected)} with ${path}`, () => {
      const matches = compilePath(path);

      expect(emails.map(matches)).to.deep.equal(expected);
    });
  }

  // Systam keeps no primary flag; the module is generic, so boolean
  // sub-attributes are exercised on a User type that has one.
  const primaryCases: Array<[string, boolean[]]> = [
    ['emails[value ew "@example.com" and not (primary eq true)]', [false, false, true, true]],
    ['emails[primary eq "True"]', [true, false, false, false]],
    ['emails[primary eq false]', [false, false, false, false]],
  ];

  for (const [path, expected] of primaryCases) {
    it(`selects ${JSON.stringify(expected)} with ${path} on a User type with primary`, () => {
      const matches = compilePathWithPrimary(path);

      expect(emailsWithPrimary.map(matches)).to.deep.equal(expected);
    });
  }

  it('selects phone numbers by type', () => {
    const matches = compilePath('phoneNumbers[type eq "other"]');

    expect(
      [
        { type: 'work', value: '1' },
        { type: 'other', value: '2' },
      ].map(matches),
    ).to.deep.equal([false, true]);
  });

  it('never matches something that is not an object', () => {
    const matches = compilePath('emails[type pr or not (type pr)]');

    expect([null, undefined, 'work', 42, ['work'], {}].map(matches)).to.deep.equal([
      false,
      false,
      false,
      false,
      false,
      true,
    ]);
  });

  it('accepts the definition from another build of the same resource type', () => {
    const otherBuild = buildUserResourceType(readSchemaFiles());
    const otherEmails = findAttribute(otherBuild.schema.attributes, 'emails');
    if (otherEmails === undefined) throw new Error('no emails');

    const matches = compilePath('emails[type eq "other"]', otherEmails);

    expect(emails.map(matches)).to.deep.equal([false, true, false, false]);
  });

  it('compares integer sub-attributes numerically', () => {
    const ports = findAttribute(deviceType.schema.attributes, 'ports');
    if (ports === undefined) throw new Error('no ports');
    const { valueFilter } = parsePatchPath('ports[number gt 100]');
    if (valueFilter === undefined) throw new Error('no filter');

    const matches = compileValueFilter(valueFilter, ports, deviceType);

    expect([{ number: 22 }, { number: 443 }, { number: '443' }].map(matches)).to.deep.equal([
      false,
      true,
      false,
    ]);
  });

  describe('binding problems (InvalidFilterError, rethrown by PATCH as invalidPath)', () => {
    const cases: Array<[string, AttributeDefinition, RegExp]> = [
      [
        'emails[display eq "x"]',
        attributeOf('emails'),
        /^The gateway cannot filter emails on "display"; inside emails\[…\] use value or type\.$/,
      ],
      [
        'emails[primary eq true]',
        attributeOf('emails'),
        /^The gateway cannot filter emails on "primary"; inside emails\[…\] use value or type\.$/,
      ],
      [
        'emails[emails.type eq "work"]',
        attributeOf('emails'),
        /cannot filter emails on "emails\.type"/,
      ],
      [
        'emails[type gt null]',
        attributeOf('emails'),
        /^Filter compares emails\.type with null using "gt"/,
      ],
      [
        'x[value eq "x"]',
        attributeOf('userName'),
        /^Filter puts brackets after userName, which has no sub-attributes/,
      ],
      [
        'x[middleName eq "x"]',
        attributeOf('name'),
        /filter name on "middleName".*givenName or familyName/,
      ],
    ];

    for (const [path, attribute, detail] of cases) {
      it(`rejects ${path} on ${attribute.name}`, () => {
        expect(() => compilePath(path, attribute)).to.throw(InvalidFilterError, detail);
      });
    }

    const primaryCases: Array<[string, RegExp]> = [
      ['emails[primary gt true]', /"gt" on emails\.primary, which is a boolean/],
      ['emails[primary eq "yes"]', /emails\.primary, a boolean, with "yes"/],
    ];

    for (const [path, detail] of primaryCases) {
      it(`rejects ${path} on emails of a User type with primary`, () => {
        expect(() => compilePathWithPrimary(path)).to.throw(InvalidFilterError, detail);
      });
    }
  });

  it('filters a single-valued complex attribute on its sub-attributes', () => {
    const matches = compilePath('name[givenName sw "bar"]', attributeOf('name'));

    expect([{ givenName: 'Barbara' }, { givenName: 'Ann' }].map(matches)).to.deep.equal([
      true,
      false,
    ]);
  });
});
