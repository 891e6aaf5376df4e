import type { ResourceType } from '../schema/scim-schema.js';
import { isPlainObject } from './scim-resource.js';

const urnPrefix = /^urn:/i;

/**
 * The display paths to report for a key the resource type does not know.
 * An extension object Systam does not keep, such as the enterprise
 * extension, is reported attribute by attribute
 * (`urn:…:enterprise:2.0:User:department`) so the log says what was dropped.
 */
export function listIgnoredAttributes(
  key: string,
  value: unknown,
  resourceType: ResourceType,
): string[] {
  if (!isExtensionObjectKey(key, resourceType) || !isPlainObject(value)) return [key];

  const names = Object.keys(value);
  return names.length === 0 ? [key] : names.map((name) => `${key}:${name}`);
}

// By convention an extension schema URN ends with the name of the resource
// type it extends (RFC 7643 section 4.3: …:enterprise:2.0:User). That tells
// a whole extension object apart from a URN-qualified attribute of a schema
// this resource type does not have.
function isExtensionObjectKey(key: string, resourceType: ResourceType): boolean {
  if (!urnPrefix.test(key)) return false;

  const lastSegment = key.slice(key.lastIndexOf(':') + 1);
  return lastSegment.toLowerCase() === resourceType.name.toLowerCase();
}
