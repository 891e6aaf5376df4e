import type { ResourceType, ScimSchema } from '../schema/scim-schema.js';
import { isPlainObject, type ScimResource } from '../resource/scim-resource.js';

type Container = Record<string, unknown>;

/**
 * The object that holds a schema's attributes, if there is one: the
 * resource itself for the core schema and the common attributes, the object
 * under the extension's URN otherwise (RFC 7643 section 3).
 */
export function findContainer(
  resource: ScimResource,
  schema: ScimSchema,
  resourceType: ResourceType,
): Container | undefined {
  if (schema === resourceType.schema) return resource;

  const extension = resource[schema.id];
  return isPlainObject(extension) ? extension : undefined;
}

/**
 * The object to write a schema's attributes into, created when missing.
 * Writing an extension attribute also lists the extension URN in `schemas`
 * (RFC 7643 section 3), which Entra ID leaves out of what it sends.
 */
export function ensureContainer(
  resource: ScimResource,
  schema: ScimSchema,
  resourceType: ResourceType,
): Container {
  const found = findContainer(resource, schema, resourceType);
  if (schema !== resourceType.schema) listSchema(resource, schema.id, resourceType);
  if (found !== undefined) return found;

  const created: Container = {};
  resource[schema.id] = created;
  return created;
}

/** Drops an extension object that no longer holds any attribute. */
export function dropEmptyExtension(
  resource: ScimResource,
  schema: ScimSchema,
  resourceType: ResourceType,
): void {
  if (schema === resourceType.schema) return;

  const extension = resource[schema.id];
  if (isPlainObject(extension) && Object.keys(extension).length === 0) delete resource[schema.id];
}

function listSchema(resource: ScimResource, urn: string, resourceType: ResourceType): void {
  const schemas = resource['schemas'];
  if (!Array.isArray(schemas)) {
    resource['schemas'] = [resourceType.schema.id, urn];
    return;
  }

  const wanted = urn.toLowerCase();
  const listed = schemas.some(
    (entry) => typeof entry === 'string' && entry.toLowerCase() === wanted,
  );
  if (!listed) schemas.push(urn);
}
