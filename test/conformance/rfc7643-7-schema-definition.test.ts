import { expect } from 'chai';

import type { TestGateway } from '../support/test-gateway.js';
import {
  createUser,
  expectError,
  patchOp,
  rfcUser,
  startGateway,
  systamUserUrn,
} from './conformance-support.js';

type Row = readonly [string, string, boolean, boolean, boolean, string, string, string];

// name, type, multiValued, required, caseExact, mutability, returned, uniqueness
const coreTable: readonly Row[] = [
  ['id', 'string', false, false, true, 'readOnly', 'always', 'server'],
  ['externalId', 'string', false, false, true, 'readWrite', 'default', 'none'],
  ['meta', 'complex', false, false, true, 'readOnly', 'default', 'none'],
  ['meta.resourceType', 'string', false, false, true, 'readOnly', 'default', 'none'],
  ['meta.created', 'dateTime', false, false, false, 'readOnly', 'default', 'none'],
  ['meta.lastModified', 'dateTime', false, false, false, 'readOnly', 'default', 'none'],
  ['meta.location', 'reference', false, false, true, 'readOnly', 'default', 'none'],
  ['meta.version', 'string', false, false, true, 'readOnly', 'default', 'none'],
  ['userName', 'string', false, true, false, 'readWrite', 'default', 'server'],
  ['name', 'complex', false, true, false, 'readWrite', 'default', 'none'],
  ['name.givenName', 'string', false, true, false, 'readWrite', 'default', 'none'],
  ['name.familyName', 'string', false, true, false, 'readWrite', 'default', 'none'],
  ['active', 'boolean', false, false, false, 'readWrite', 'default', 'none'],
  ['preferredLanguage', 'string', false, false, false, 'readWrite', 'default', 'none'],
  ['emails', 'complex', true, true, false, 'readWrite', 'default', 'none'],
  ['emails.value', 'string', false, true, false, 'readWrite', 'default', 'none'],
  ['emails.type', 'string', false, true, false, 'readWrite', 'default', 'none'],
  ['phoneNumbers', 'complex', true, false, false, 'readWrite', 'default', 'none'],
  ['phoneNumbers.value', 'string', false, true, false, 'readWrite', 'default', 'none'],
  ['phoneNumbers.type', 'string', false, true, false, 'readWrite', 'default', 'none'],
];
const extensionTable: readonly Row[] = [
  ['primaryWorkspace', 'string', false, true, true, 'readWrite', 'default', 'none'],
];

const characteristicKeys = [
  'name',
  'type',
  'multiValued',
  'description',
  'required',
  'caseExact',
  'mutability',
  'returned',
  'uniqueness',
];
const optionalKeys = ['canonicalValues', 'referenceTypes', 'subAttributes'];
const types = [
  'string',
  'boolean',
  'decimal',
  'integer',
  'dateTime',
  'reference',
  'complex',
  'binary',
];

interface Attribute extends Record<string, unknown> {
  readonly name: string;
  readonly subAttributes?: Attribute[];
}

function flatten(attributes: readonly Attribute[], prefix = ''): [string, Attribute][] {
  return attributes.flatMap((attribute) => [
    [`${prefix}${attribute.name}`, attribute] as [string, Attribute],
    ...flatten(attribute.subAttributes ?? [], `${prefix}${attribute.name}.`),
  ]);
}

const rowOf = ([path, attribute]: [string, Attribute]): Row => [
  path,
  String(attribute.type),
  attribute.multiValued === true,
  attribute.required === true,
  attribute.caseExact === true,
  String(attribute.mutability),
  String(attribute.returned),
  String(attribute.uniqueness),
];

// RFC 7643 section 7: every attribute of a schema carries all of its
// characteristics. Systam decided /Schemas lists only what it keeps, from
// the same definitions that validate requests, so the behaviour over HTTP
// has to agree with what discovery says.
describe('RFC 7643 §7 Schema Definition', () => {
  let gateway: TestGateway;
  let core: [string, Attribute][];
  let extension: [string, Attribute][];

  before(async () => {
    gateway = await startGateway();
    const read = async (urn: string) =>
      (await gateway.get(`/Schemas/${urn}`).expect(200)).body.attributes as Attribute[];
    core = flatten(await read('urn:ietf:params:scim:schemas:core:2.0:User'));
    extension = flatten(await read(systamUserUrn));
  });

  after(async () => {
    await gateway.close();
  });

  it('gives every attribute all characteristics, with legal values', () => {
    for (const [path, attribute] of [...core, ...extension]) {
      const keys = Object.keys(attribute);
      expect(keys, path).to.include.members(characteristicKeys);
      expect(
        keys.filter((key) => !characteristicKeys.includes(key) && !optionalKeys.includes(key)),
        path,
      ).to.deep.equal([]);
      expect(types, path).to.include(attribute.type);
      expect(['readOnly', 'readWrite', 'immutable', 'writeOnly'], path).to.include(
        attribute.mutability,
      );
      expect(['always', 'never', 'default', 'request'], path).to.include(attribute.returned);
      expect(['none', 'server', 'global'], path).to.include(attribute.uniqueness);
      expect(attribute.description, path).to.be.a('string');
      expect(attribute.subAttributes !== undefined, path).to.equal(attribute.type === 'complex');
      expect(attribute.referenceTypes !== undefined, path).to.equal(attribute.type === 'reference');
    }
  });

  it('nests sub-attributes one level deep only (RFC 7643 §2.3.8)', () => {
    const depths = [...core, ...extension].map(([path]) => path.split('.').length);

    expect(Math.max(...depths)).to.equal(2);
  });

  it('lists exactly the core User attributes Systam keeps, with these characteristics', () => {
    expect(core.map(rowOf)).to.deep.equal(coreTable);
  });

  it('lists exactly the Systam extension attribute, with these characteristics', () => {
    expect(extension.map(rowOf)).to.deep.equal(extensionTable);
  });

  it('gives the type sub-attributes their canonical values and meta.location its reference types', () => {
    const byPath = new Map(core);

    expect(byPath.get('emails.type')?.canonicalValues).to.deep.equal(['work', 'other']);
    expect(byPath.get('phoneNumbers.type')?.canonicalValues).to.deep.equal(['work', 'other']);
    expect(byPath.get('meta.location')?.referenceTypes).to.deep.equal(['uri']);
  });

  describe('agrees with the behaviour over HTTP', () => {
    it('refuses a PATCH of every readOnly attribute with 400 mutability', async () => {
      const user = await createUser(gateway, 'schema.readonly');
      const readOnly = core
        .filter(([, attribute]) => attribute.mutability === 'readOnly')
        .map(([path]) => path);

      for (const path of readOnly) {
        const response = await gateway.patch(
          `/Users/${user.id}`,
          patchOp({ op: 'replace', path, value: 'x' }),
        );
        expectError(response, { status: 400, scimType: 'mutability' });
      }
      expect(readOnly).to.have.lengthOf(7);
    });

    it('returns every "always" attribute whatever attributes asks for', async () => {
      const user = await createUser(gateway, 'schema.always');
      const always = core
        .filter(([, attribute]) => attribute.returned === 'always')
        .map(([path]) => path);

      const response = await gateway.get(`/Users/${user.id}?attributes=userName`);

      expect(always).to.deep.equal(['id']);
      expect(response.body).to.include.keys(...always);
    });

    const requiredTopLevel = [...coreTable, ...extensionTable]
      .filter(([path, , , required]) => required && !path.includes('.'))
      .map(([path]) => path);

    for (const path of requiredTopLevel) {
      it(`refuses a POST without the required ${path} with 400 invalidValue`, async () => {
        const body = rfcUser(`schema.req.${path}`);
        if (path === 'primaryWorkspace') body[systamUserUrn] = {};
        else delete body[path];

        const response = await gateway.post('/Users', body);

        expectError(response, { status: 400, scimType: 'invalidValue', detail: new RegExp(path) });
      });
    }

    it('refuses a type outside canonicalValues with 400 invalidValue naming it (policy)', async () => {
      const response = await gateway.post(
        '/Users',
        rfcUser('schema.canonical', {
          emails: [
            { value: 'schema.canonical@example.com', type: 'work' },
            { value: 'x@example.com', type: 'home' },
          ],
        }),
      );

      expectError(response, { status: 400, scimType: 'invalidValue', detail: /home/ });
    });
  });
});
