import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { schemasDirectory } from '../../project-paths.js';
import type { JsonSchema } from './json-schema-to-scim.js';

export const coreUserSchemaUrn = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const systamUserSchemaUrn = 'urn:ietf:params:scim:schemas:extension:systam:2.0:User';
export const listResponseSchemaUrn = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';
export const errorSchemaUrn = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** The JSON Schemas of schemas/, read once at start-up. */
export interface SchemaFiles {
  readonly coreUser: JsonSchema;
  readonly systamUser: JsonSchema;
  readonly userResource: JsonSchema;
  readonly patchOp: JsonSchema;
  readonly listResponse: JsonSchema;
  readonly error: JsonSchema;
}

export function readSchemaFiles(directory: string = schemasDirectory): SchemaFiles {
  const read = (file: string): JsonSchema =>
    JSON.parse(readFileSync(join(directory, file), 'utf8')) as JsonSchema;

  return Object.freeze({
    coreUser: read('core-user.json'),
    systamUser: read('systam-user-extension.json'),
    userResource: read('user-resource.json'),
    patchOp: read('patch-op.json'),
    listResponse: read('list-response.json'),
    error: read('error.json'),
  });
}
