import { readSchemaFiles } from '../../src/scim/schema/schema-files.js';
import type {
  AttributeDefinition,
  ResourceType,
  ScimSchema,
} from '../../src/scim/schema/scim-schema.js';
import { buildUserResourceType } from '../../src/scim/schema/user-resource-type.js';

/** The multi-valued attributes that get a `primary` sub-attribute here. */
export const attributesWithPrimary = ['emails', 'phoneNumbers'] as const;

/** The boolean `primary` sub-attribute of RFC 7643 section 2.4, readWrite and optional. */
export const primarySubAttribute: AttributeDefinition = Object.freeze({
  name: 'primary',
  type: 'boolean',
  multiValued: false,
  description: 'True for the one preferred value of the attribute (RFC 7643 section 2.4).',
  required: false,
  caseExact: false,
  mutability: 'readWrite',
  returned: 'default',
  uniqueness: 'none',
  common: false,
});

/**
 * The real User resource type (schemas/ as the gateway reads them) with a
 * boolean `primary` sub-attribute on emails and phoneNumbers, for the module
 * tests of the filter, PATCH and normalising code. Systam keeps no primary
 * flag, so the real schema has none; these modules are generic and still
 * have to handle boolean sub-attributes and "at most one primary"
 * (RFC 7643 section 2.4). Built in code: nothing is added to schemas/.
 *
 * Everything else (the other attributes, the Systam extension, every
 * characteristic) is the real type's, so only `primary` differs.
 */
export function buildUserTypeWithPrimary(
  base: ResourceType = buildUserResourceType(readSchemaFiles()),
): ResourceType {
  for (const name of attributesWithPrimary) {
    const attribute = base.schema.attributes.find((candidate) => candidate.name === name);
    if (attribute?.type !== 'complex' || !attribute.multiValued) {
      throw new Error(`the User schema has no multi-valued complex attribute ${name}`);
    }
  }

  const schema: ScimSchema = {
    ...base.schema,
    attributes: base.schema.attributes.map(withPrimary),
  };
  return { ...base, schema };
}

function withPrimary(attribute: AttributeDefinition): AttributeDefinition {
  if (!(attributesWithPrimary as readonly string[]).includes(attribute.name)) return attribute;

  const others = (attribute.subAttributes ?? []).filter((sub) => sub.name !== 'primary');
  return { ...attribute, subAttributes: [...others, primarySubAttribute] };
}

/** The real User type with `primary` on emails and phoneNumbers, built once. */
export const userTypeWithPrimary: ResourceType = buildUserTypeWithPrimary();
