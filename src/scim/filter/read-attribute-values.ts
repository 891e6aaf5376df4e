import { isPlainObject } from '../resource/scim-resource.js';
import type { BoundAttributePath } from './bound-filter.js';

/** A JSON object of a SCIM document (a resource, an extension, one element). */
export type JsonObject = Record<string, unknown>;

/**
 * The values a path reaches in a resource document, multi-valued attributes
 * spread out: `emails.value` gives every element's value. Absent attributes
 * give no values.
 */
export function readResourceValues(path: BoundAttributePath, resource: JsonObject): unknown[] {
  const values = spread(readMember(readContainer(path, resource), path.attribute.name));
  const subAttribute = path.subAttribute;
  if (subAttribute === undefined) return values;

  return values.flatMap((value) => spread(readMember(value, subAttribute.name)));
}

/** The values a path reaches in one element of its complex attribute. */
export function readElementValues(path: BoundAttributePath, element: JsonObject): unknown[] {
  const subAttribute = path.subAttribute;
  return subAttribute === undefined ? [element] : spread(readMember(element, subAttribute.name));
}

/** The elements of a complex attribute: every object of a multi-valued one, or the one object. */
export function readElements(path: BoundAttributePath, resource: JsonObject): JsonObject[] {
  const values = spread(readMember(readContainer(path, resource), path.attribute.name));
  return values.filter(isPlainObject);
}

/**
 * Whether a value counts as present for `pr` (RFC 7644 section 3.4.2.2: a
 * non-empty value, or a complex value with a non-empty node). Null, "" and
 * [] are the unassigned states of RFC 7643 section 2.5.
 */
export function isPresentValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (Array.isArray(value)) return value.some(isPresentValue);
  if (isPlainObject(value)) return Object.values(value).some(isPresentValue);
  return true;
}

// Extension attributes live under their schema URN (RFC 7643 section 3.3).
function readContainer(path: BoundAttributePath, resource: JsonObject): unknown {
  return path.extensionUrn === undefined ? resource : readMember(resource, path.extensionUrn);
}

// Attribute names and URNs are case-insensitive (RFC 7643 section 2.1), so a
// document written with other letter case is still read; the canonical
// spelling is tried first because it is what the gateway itself writes.
function readMember(container: unknown, name: string): unknown {
  if (!isPlainObject(container)) return undefined;
  if (Object.hasOwn(container, name)) return container[name];

  const wanted = name.toLowerCase();
  const key = Object.keys(container).find((candidate) => candidate.toLowerCase() === wanted);
  return key === undefined ? undefined : container[key];
}

function spread(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
