import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';
import { isPlainObject } from '../resource/scim-resource.js';

/**
 * Compares two values of one attribute as SCIM does: strings by the
 * attribute's caseExact characteristic (RFC 7643 section 2.2), complex
 * values sub-attribute by sub-attribute, an absent sub-attribute equal only
 * to an absent one.
 */
export function valuesEqual(
  left: unknown,
  right: unknown,
  attribute: AttributeDefinition | undefined,
): boolean {
  if (isPlainObject(left) && isPlainObject(right)) {
    const names = new Set([...Object.keys(left), ...Object.keys(right)]);
    return [...names].every((name) =>
      valuesEqual(left[name], right[name], findAttribute(attribute?.subAttributes, name)),
    );
  }

  if (typeof left === 'string' && typeof right === 'string' && attribute?.caseExact === false) {
    return left.toLowerCase() === right.toLowerCase();
  }
  return left === right;
}

/**
 * True when an element of a multi-valued attribute has every sub-attribute
 * `pattern` gives, with an equal value: `{value: "a@x"}` matches
 * `{type: "work", value: "A@x", primary: true}`. An empty pattern matches
 * nothing, so that it can never select a whole list.
 */
export function elementMatches(
  element: unknown,
  pattern: unknown,
  attribute: AttributeDefinition,
): boolean {
  if (!isPlainObject(pattern) || !isPlainObject(element)) {
    return valuesEqual(element, pattern, attribute);
  }

  const names = Object.keys(pattern);
  return (
    names.length > 0 &&
    names.every((name) =>
      valuesEqual(element[name], pattern[name], findAttribute(attribute.subAttributes, name)),
    )
  );
}
