import type { ResourceType, SchemaExtension } from '../schema/scim-schema.js';
import { listIgnoredAttributes } from './list-ignored-attributes.js';
import {
  createNormalizeReport,
  normalizeAttributeMap,
  noteIgnoredAttribute,
  type NormalizeReport,
} from './normalize-attribute-value.js';
import { isPlainObject, type ScimResource } from './scim-resource.js';

export interface NormalizedResource {
  readonly resource: ScimResource;
  /** Display paths of what was dropped: attributes Systam does not keep, and read-only ones. */
  readonly ignoredAttributes: string[];
}

const urnPrefix = /^urn:/i;

/**
 * Brings a POST or PUT body (or a value a PATCH writes) into the canonical
 * form the rest of the gateway works with:
 * - attribute names, sub-attribute names and extension URNs take the
 *   schema's spelling (names are case-insensitive, RFC 7643 section 2.1);
 * - null, and "" or [] of an optional attribute, count as unassigned and
 *   are left out (RFC 7643 section 2.5);
 * - "true"/"false" strings of boolean attributes become booleans, whatever
 *   their letter case, as Entra ID sends "True";
 * - attributes the schema does not have, and read-only ones such as `id`
 *   and client `meta` (RFC 7644 section 3.5.1), are dropped and listed;
 * - `schemas` is kept as sent.
 * Values of the wrong type are kept for validation to reject. The input is
 * not changed.
 */
export function normalizeResource(
  body: Record<string, unknown>,
  resourceType: ResourceType,
): NormalizedResource {
  const report = createNormalizeReport();
  const coreEntries: Record<string, unknown> = {};
  const extensionEntries: [SchemaExtension, unknown][] = [];
  let schemas: unknown = null;

  for (const [key, value] of Object.entries(body)) {
    const extension = findExtension(resourceType, key);
    if (key.toLowerCase() === 'schemas') schemas = value;
    else if (extension !== undefined) extensionEntries.push([extension, value]);
    else if (urnPrefix.test(key)) noteUnknownUrnKey(key, value, resourceType, report);
    else coreEntries[key] = value;
  }

  const resource: ScimResource = {};
  if (schemas !== null) resource['schemas'] = structuredClone(schemas);

  const pathOfCore = (name: string): string => name;
  Object.assign(
    resource,
    normalizeAttributeMap(coreEntries, resourceType.schema.attributes, pathOfCore, report),
  );

  for (const [extension, value] of extensionEntries) {
    const normalized = normalizeExtension(extension, value, report);
    if (normalized !== undefined) resource[extension.schema.id] = normalized;
  }

  return { resource, ignoredAttributes: report.ignoredAttributes };
}

function findExtension(resourceType: ResourceType, key: string): SchemaExtension | undefined {
  const wanted = key.toLowerCase();
  return resourceType.extensions.find((extension) => extension.schema.id.toLowerCase() === wanted);
}

function noteUnknownUrnKey(
  key: string,
  value: unknown,
  resourceType: ResourceType,
  report: NormalizeReport,
): void {
  if (value === null) return;
  for (const path of listIgnoredAttributes(key, value, resourceType)) {
    noteIgnoredAttribute(report, path);
  }
}

function normalizeExtension(
  extension: SchemaExtension,
  value: unknown,
  report: NormalizeReport,
): unknown {
  if (value === null) return undefined;
  if (!isPlainObject(value)) return structuredClone(value);

  const urn = extension.schema.id;
  const pathOf = (name: string): string => `${urn}:${name}`;
  const normalized = normalizeAttributeMap(value, extension.schema.attributes, pathOf, report);

  // A required extension stays even when empty, so that validation names
  // the attribute it lacks instead of the whole extension.
  const isEmpty = Object.keys(normalized).length === 0;
  return isEmpty && !extension.required ? undefined : normalized;
}
