import { expect } from 'chai';
import { readFileSync } from 'node:fs';

import { normalizeResource } from '../../../src/scim/resource/normalize-resource.js';
import {
  coreUserSchemaUrn as coreUrn,
  readSchemaFiles,
  systamUserSchemaUrn as systamUrn,
} from '../../../src/scim/schema/schema-files.js';
import { buildUserResourceType } from '../../../src/scim/schema/user-resource-type.js';
import { userTypeWithPrimary } from '../../support/resource-type-with-primary.js';

const userType = buildUserResourceType(readSchemaFiles());
const enterpriseUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

function normalize(body: Record<string, unknown>) {
  return normalizeResource(body, userType);
}

// Systam keeps no primary flag, so the real User schema has no boolean or
// optional sub-attribute; the normaliser is generic, and those cases run on
// a User type with a boolean `primary` on emails and phoneNumbers.
function normalizeWithPrimary(body: Record<string, unknown>) {
  return normalizeResource(body, userTypeWithPrimary);
}

describe('normalizeResource', () => {
  describe('canonical names (RFC 7643 section 2.1: names are case-insensitive)', () => {
    it('renames attributes, sub-attributes and extension URNs (User type with primary)', () => {
      const result = normalizeWithPrimary({
        UserName: 'ava@contoso.test',
        NAME: { GivenName: 'Ava', FAMILYNAME: 'Lin' },
        Emails: [{ Value: 'ava@contoso.test', TYPE: 'work', Primary: true }],
        [systamUrn.toUpperCase()]: { PrimaryWorkspace: 'HEL-01' },
      });

      expect(result.resource).to.deep.equal({
        userName: 'ava@contoso.test',
        name: { givenName: 'Ava', familyName: 'Lin' },
        emails: [{ value: 'ava@contoso.test', type: 'work', primary: true }],
        [systamUrn]: { primaryWorkspace: 'HEL-01' },
      });
      expect(result.ignoredAttributes).to.deep.equal([]);
    });

    it('renames them on the real User schema, dropping primary and listing it as sent', () => {
      const result = normalize({
        UserName: 'ava@contoso.test',
        Emails: [{ Value: 'ava@contoso.test', TYPE: 'work', Primary: true }],
        PhoneNumbers: [{ VALUE: '+1 555 0100', Type: 'work', primary: 'True' }],
      });

      expect(result.resource).to.deep.equal({
        userName: 'ava@contoso.test',
        emails: [{ value: 'ava@contoso.test', type: 'work' }],
        phoneNumbers: [{ value: '+1 555 0100', type: 'work' }],
      });
      expect(result.ignoredAttributes).to.deep.equal(['emails.Primary', 'phoneNumbers.primary']);
    });
  });

  describe('unassigned values (RFC 7643 section 2.5)', () => {
    it("drops nulls, as Entra's legacy POST sends for unmapped attributes", () => {
      const result = normalize({
        userName: 'ava@contoso.test',
        phoneNumbers: null,
        preferredLanguage: null,
        externalId: null,
        addresses: null,
        name: { givenName: 'Ava', familyName: 'Lin', middleName: null },
      });

      expect(result.resource).to.deep.equal({
        userName: 'ava@contoso.test',
        name: { givenName: 'Ava', familyName: 'Lin' },
      });
      expect(result.ignoredAttributes).to.deep.equal([]);
    });

    it('drops "" and [] of optional attributes', () => {
      const result = normalize({
        userName: 'ava@contoso.test',
        externalId: '',
        preferredLanguage: '',
        phoneNumbers: [],
        emails: [{ value: 'ava@contoso.test', type: 'work' }],
      });

      expect(result.resource).to.deep.equal({
        userName: 'ava@contoso.test',
        emails: [{ value: 'ava@contoso.test', type: 'work' }],
      });
    });

    // Every sub-attribute of the real emails is required now; primary is
    // the optional one of the User type with primary.
    it('drops "" of an optional sub-attribute (User type with primary)', () => {
      const result = normalizeWithPrimary({
        userName: 'ava@contoso.test',
        emails: [{ value: 'ava@contoso.test', type: 'work', primary: '' }],
      });

      expect(result.resource).to.deep.equal({
        userName: 'ava@contoso.test',
        emails: [{ value: 'ava@contoso.test', type: 'work' }],
      });
    });

    it('keeps "" of a required sub-attribute (emails.type) for validation to name', () => {
      const result = normalize({
        emails: [{ value: 'ava@contoso.test', type: '' }],
        phoneNumbers: [{ value: '+1 555 0100', type: '' }],
      });

      expect(result.resource).to.deep.equal({
        emails: [{ value: 'ava@contoso.test', type: '' }],
        phoneNumbers: [{ value: '+1 555 0100', type: '' }],
      });
    });

    it('keeps "" and [] of required attributes for validation to name', () => {
      const result = normalize({
        userName: '',
        emails: [],
        name: { givenName: '', familyName: 'Lin' },
        [systamUrn]: { primaryWorkspace: '' },
      });

      expect(result.resource).to.deep.equal({
        userName: '',
        emails: [],
        name: { givenName: '', familyName: 'Lin' },
        [systamUrn]: { primaryWorkspace: '' },
      });
    });

    it('drops null values inside a list', () => {
      const result = normalize({ emails: [null, { value: 'ava@contoso.test' }] });

      expect(result.resource).to.deep.equal({ emails: [{ value: 'ava@contoso.test' }] });
    });
  });

  describe('boolean strings (field reports #1 and #2)', () => {
    const strings: Array<[string, boolean]> = [
      ['True', true],
      ['False', false],
      ['true', true],
      ['FALSE', false],
    ];

    for (const [text, expected] of strings) {
      it(`reads active "${text}" as ${expected}`, () => {
        expect(normalize({ active: text }).resource).to.deep.equal({ active: expected });
      });
    }

    it('reads primary strings inside multi-valued values (User type with primary)', () => {
      const result = normalizeWithPrimary({
        phoneNumbers: [{ value: '+1 555 0100', primary: 'True' }],
      });

      expect(result.resource).to.deep.equal({
        phoneNumbers: [{ value: '+1 555 0100', primary: true }],
      });
    });

    it('leaves other strings such as "yes" and "0" for validation to reject', () => {
      expect(normalize({ active: 'yes' }).resource).to.deep.equal({ active: 'yes' });
      expect(normalize({ active: '0' }).resource).to.deep.equal({ active: '0' });
    });

    it('does not turn "true" into a boolean for a string attribute', () => {
      expect(normalize({ externalId: 'true' }).resource).to.deep.equal({ externalId: 'true' });
    });
  });

  describe('attributes dropped and listed', () => {
    it('drops attributes Systam does not keep (policy), by display path', () => {
      const result = normalize({
        userName: 'ava@contoso.test',
        displayName: 'Ava Lin',
        roles: [],
        name: { givenName: 'Ava', familyName: 'Lin', formatted: 'Ava Lin' },
        emails: [{ value: 'ava@contoso.test', display: 'Ava' }],
        [enterpriseUrn]: { department: 'Finance', employeeNumber: 'E-1' },
      });

      expect(result.resource).to.deep.equal({
        userName: 'ava@contoso.test',
        name: { givenName: 'Ava', familyName: 'Lin' },
        emails: [{ value: 'ava@contoso.test' }],
      });
      expect(result.ignoredAttributes).to.have.members([
        'displayName',
        'roles',
        'name.formatted',
        'emails.display',
        `${enterpriseUrn}:department`,
        `${enterpriseUrn}:employeeNumber`,
      ]);
    });

    it('drops read-only id and client meta (RFC 7644 section 3.5.1)', () => {
      const body = { id: 'u-9', userName: 'a@contoso.test', meta: { resourceType: 'User' } };
      const result = normalize(body);

      expect(result.resource).to.deep.equal({ userName: 'a@contoso.test' });
      expect(result.ignoredAttributes).to.deep.equal(['id', 'meta']);
    });

    it('lists an attribute of the extension Systam does not know', () => {
      const result = normalize({ [systamUrn]: { primaryWorkspace: 'HEL-01', costRegion: 'EMEA' } });

      expect(result.resource).to.deep.equal({ [systamUrn]: { primaryWorkspace: 'HEL-01' } });
      expect(result.ignoredAttributes).to.deep.equal([`${systamUrn}:costRegion`]);
    });
  });

  it('keeps schemas as sent, even without the Systam URN', () => {
    // One Microsoft sample misspells the enterprise URN; it is kept as sent.
    const schemas = [coreUrn, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0User'];
    const result = normalize({ schemas, userName: 'a@contoso.test' });

    expect(result.resource).to.deep.equal({ schemas, userName: 'a@contoso.test' });
  });

  it('keeps values of the wrong shape for validation to name', () => {
    const result = normalize({ userName: 42, emails: { value: 'a@contoso.test' }, name: 'Ava' });

    expect(result.resource).to.deep.equal({
      userName: 42,
      emails: { value: 'a@contoso.test' },
      name: 'Ava',
    });
  });

  it('does not change its input, nor share objects with it', () => {
    const body = {
      UserName: 'ava@contoso.test',
      active: 'True',
      emails: [{ Value: 'ava@contoso.test', primary: 'True' }],
      [systamUrn]: { primaryWorkspace: 'HEL-01' },
    };
    const snapshot = structuredClone(body);
    const result = normalize(body);

    expect(body).to.deep.equal(snapshot);
    expect(result.resource[systamUrn]).to.not.equal(body[systamUrn]);
  });

  describe('the POST bodies of the recorded Entra ID lifecycle', () => {
    const lifecycle = JSON.parse(
      readFileSync(new URL('../../fixtures/entra/systam-lifecycle.json', import.meta.url), 'utf8'),
    ) as { steps: Array<{ name: string; body?: Record<string, unknown> }> };
    const bodyOf = (name: string): Record<string, unknown> =>
      lifecycle.steps.find((step) => step.name === name)?.body ?? {};

    it('create-user-legacy-nulls-string-active', () => {
      const result = normalize(bodyOf('create-user-legacy-nulls-string-active'));

      expect(result.resource).to.deep.equal({
        schemas: [coreUrn, enterpriseUrn],
        externalId: 'tlindqvist',
        userName: 'teo.lindqvist@example.com',
        active: true,
        emails: [{ type: 'work', value: 'teo.lindqvist@example.com' }],
        name: { familyName: 'Lindqvist', givenName: 'Teo' },
        [systamUrn]: { primaryWorkspace: 'HEL-01' },
      });
      expect(result.ignoredAttributes).to.deep.equal([
        'displayName',
        'emails.primary',
        'meta',
        'name.formatted',
      ]);
    });

    it('create-user-full', () => {
      const result = normalize(bodyOf('create-user-full'));

      expect(result.resource).to.deep.equal({
        schemas: [coreUrn, enterpriseUrn],
        externalId: 'mcastellano',
        userName: 'mira.castellano@example.com',
        active: true,
        emails: [
          { type: 'work', value: 'mira.castellano@example.com' },
          { type: 'other', value: 'mira.home@example.net' },
        ],
        name: { familyName: 'Castellano', givenName: 'Mira' },
        preferredLanguage: 'es-ES',
        phoneNumbers: [
          { type: 'work', value: '+1 555 0100' },
          { type: 'other', value: '+1 555 0101' },
        ],
        [systamUrn]: { primaryWorkspace: 'NYC-01' },
      });
      expect(result.ignoredAttributes).to.deep.equal([
        'displayName',
        'emails.primary',
        'meta',
        'name.formatted',
        'phoneNumbers.primary',
        'roles',
      ]);
    });
  });
});
