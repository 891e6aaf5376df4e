import type { ResourceType } from '../schema/scim-schema.js';

const resourceTypeUrn = 'urn:ietf:params:scim:schemas:core:2.0:ResourceType';

/** A resource type as /ResourceTypes serves it (RFC 7643 section 6). */
export function toResourceTypeResource(
  resourceType: ResourceType,
  baseUrl: string,
): Record<string, unknown> {
  return {
    schemas: [resourceTypeUrn],
    id: resourceType.name,
    name: resourceType.name,
    endpoint: resourceType.endpoint,
    description: resourceType.description,
    schema: resourceType.schema.id,
    schemaExtensions: resourceType.extensions.map((extension) => ({
      schema: extension.schema.id,
      required: extension.required,
    })),
    meta: {
      resourceType: 'ResourceType',
      location: `${baseUrl}/ResourceTypes/${resourceType.name}`,
    },
  };
}
