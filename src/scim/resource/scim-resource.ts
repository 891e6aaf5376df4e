/**
 * A SCIM resource as JSON (RFC 7643 section 3): attribute names are keys,
 * extension attributes sit in an object under their schema URN.
 */
export type ScimResource = Record<string, unknown>;

/** True for a JSON object: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
