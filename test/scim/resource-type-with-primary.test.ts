import { expect } from 'chai';

import { readSchemaFiles } from '../../src/scim/schema/schema-files.js';
import {
  findAttribute,
  type AttributeDefinition,
  type ResourceType,
} from '../../src/scim/schema/scim-schema.js';
import { buildUserResourceType } from '../../src/scim/schema/user-resource-type.js';
import {
  attributesWithPrimary,
  buildUserTypeWithPrimary,
  primarySubAttribute,
  userTypeWithPrimary,
} from '../support/resource-type-with-primary.js';

const userType = buildUserResourceType(readSchemaFiles());

function subAttributeNames(resourceType: ResourceType, name: string): string[] {
  const attribute = findAttribute(resourceType.schema.attributes, name);
  return (attribute?.subAttributes ?? []).map((sub) => sub.name);
}

function withoutPrimary(attribute: AttributeDefinition): AttributeDefinition {
  if (attribute.subAttributes === undefined) return attribute;
  const subAttributes = attribute.subAttributes.filter((sub) => sub.name !== 'primary');
  return { ...attribute, subAttributes };
}

// The module tests of filter, PATCH and normalising run the boolean and
// "at most one primary" cases on this type; it must be the real User type
// plus primary, and nothing else.
describe('the test-only User type with primary (test/support)', () => {
  for (const name of attributesWithPrimary) {
    it(`keeps no primary on the real ${name}, as Systam keeps no primary flag`, () => {
      expect(subAttributeNames(userType, name)).to.deep.equal(['value', 'type']);
    });

    it(`adds a boolean, optional, readWrite primary to ${name}`, () => {
      expect(subAttributeNames(userTypeWithPrimary, name)).to.deep.equal([
        'value',
        'type',
        'primary',
      ]);
      const attribute = findAttribute(userTypeWithPrimary.schema.attributes, name);
      expect(findAttribute(attribute?.subAttributes, 'primary')).to.deep.equal(primarySubAttribute);
      expect(primarySubAttribute).to.include({
        type: 'boolean',
        multiValued: false,
        required: false,
        mutability: 'readWrite',
      });
    });
  }

  it('differs from the real User type by primary only', () => {
    const stripped = userTypeWithPrimary.schema.attributes.map(withoutPrimary);

    expect(stripped).to.deep.equal(userType.schema.attributes);
    expect(userTypeWithPrimary.extensions).to.deep.equal(userType.extensions);
    expect({ ...userTypeWithPrimary, schema: undefined }).to.deep.equal({
      ...userType,
      schema: undefined,
    });
  });

  it('leaves the type it extends unchanged', () => {
    const base = buildUserResourceType(readSchemaFiles());
    const before = structuredClone(base);

    buildUserTypeWithPrimary(base);

    expect(base).to.deep.equal(before);
  });
});
