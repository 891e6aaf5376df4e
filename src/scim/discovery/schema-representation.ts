import type { AttributeDefinition, ScimSchema } from '../schema/scim-schema.js';

const schemaResourceUrn = 'urn:ietf:params:scim:schemas:core:2.0:Schema';

/**
 * A schema as /Schemas serves it (RFC 7643 section 7), written from the
 * same definitions that validate requests, so discovery cannot disagree
 * with validation.
 */
export function toSchemaResource(schema: ScimSchema, baseUrl: string): Record<string, unknown> {
  return {
    schemas: [schemaResourceUrn],
    id: schema.id,
    name: schema.name,
    description: schema.description,
    attributes: schema.attributes.map(toAttributeRepresentation),
    meta: {
      resourceType: 'Schema',
      location: `${baseUrl}/Schemas/${schema.id}`,
    },
  };
}

function toAttributeRepresentation(attribute: AttributeDefinition): Record<string, unknown> {
  return {
    name: attribute.name,
    type: attribute.type,
    multiValued: attribute.multiValued,
    description: attribute.description,
    required: attribute.required,
    caseExact: attribute.caseExact,
    mutability: attribute.mutability,
    returned: attribute.returned,
    uniqueness: attribute.uniqueness,
    ...(attribute.canonicalValues && { canonicalValues: attribute.canonicalValues }),
    ...(attribute.referenceTypes && { referenceTypes: attribute.referenceTypes }),
    ...(attribute.subAttributes && {
      subAttributes: attribute.subAttributes.map(toAttributeRepresentation),
    }),
  };
}
