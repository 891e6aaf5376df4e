import { toScimSchema } from './json-schema-to-scim.js';
import type { ResourceType } from './scim-schema.js';
import type { SchemaFiles } from './schema-files.js';

/** The User resource type (RFC 7643 section 6) with the Systam extension, which is required. */
export function buildUserResourceType(files: SchemaFiles): ResourceType {
  return {
    name: 'User',
    endpoint: '/Users',
    description: 'User Account',
    schema: toScimSchema(files.coreUser),
    extensions: [{ schema: toScimSchema(files.systamUser), required: true }],
  };
}
