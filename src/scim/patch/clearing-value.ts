import type { AttributeDefinition } from '../schema/scim-schema.js';

/**
 * True for a value that clears its target instead of setting it: null (the
 * same as unassigned, RFC 7643 section 2.5), "" (Systam policy: an optional
 * attribute set to "" is cleared, as Microsoft's null-update test expects),
 * and an empty list for a multi-valued attribute.
 */
export function isClearingValue(value: unknown, attribute: AttributeDefinition): boolean {
  if (value === null || value === '') return true;
  return attribute.multiValued && Array.isArray(value) && value.length === 0;
}
