/**
 * Reads the strings Entra ID sends for booleans ("True", "False", and the
 * lower-case forms when an administrator edited the mapping expression) as
 * booleans. Any other value gives undefined, so that validation rejects it.
 */
export function coerceBooleanString(value: unknown): boolean | undefined {
  if (typeof value !== 'string') return undefined;

  const lowered = value.toLowerCase();
  if (lowered === 'true') return true;
  if (lowered === 'false') return false;
  return undefined;
}
