import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';
import { isPlainObject } from '../resource/scim-resource.js';
import { valuesEqual } from './values-equal.js';

type Container = Record<string, unknown>;

/** The current values of a multi-valued attribute; an absent attribute has none. */
export function readList(
  container: Container | undefined,
  attribute: AttributeDefinition,
): unknown[] {
  const value = container?.[attribute.name];
  return Array.isArray(value) ? value : [];
}

/**
 * Stores the values of a multi-valued attribute. A list left empty makes
 * the attribute unassigned (RFC 7644 section 3.5.2.2), so it is removed.
 */
export function storeList(
  container: Container,
  attribute: AttributeDefinition,
  values: unknown[],
): void {
  if (values.length === 0) delete container[attribute.name];
  else container[attribute.name] = values;
}

/**
 * Appends the values the attribute does not hold yet: RFC 7644 section
 * 3.5.2.1 makes no change for a value already there. Values of a complex
 * attribute are the same when their `value` sub-attributes are (RFC 7643
 * section 2.4), so `{value: "a@x"}` does not duplicate a stored
 * `{type: "work", value: "a@x", primary: true}`.
 */
export function appendDistinct(
  current: readonly unknown[],
  added: readonly unknown[],
  attribute: AttributeDefinition,
): unknown[] {
  const result = [...current];
  for (const value of added) {
    if (!result.some((existing) => isSameValue(existing, value, attribute))) result.push(value);
  }
  return result;
}

function isSameValue(existing: unknown, added: unknown, attribute: AttributeDefinition): boolean {
  const valueAttribute = findAttribute(attribute.subAttributes, 'value');
  const comparesValue =
    valueAttribute !== undefined &&
    isPlainObject(existing) &&
    isPlainObject(added) &&
    added['value'] !== undefined;

  if (!comparesValue) return valuesEqual(existing, added, attribute);
  return valuesEqual(existing['value'], added['value'], valueAttribute);
}

/** The list without the given elements (compared by identity). */
export function withoutElements(list: readonly unknown[], removed: readonly unknown[]): unknown[] {
  return list.filter((element) => !removed.includes(element));
}

/**
 * Removes a sub-attribute from some elements. An element whose `value` is
 * removed is dropped as a whole: `value` is what an element of a
 * multi-valued attribute stands for (RFC 7643 section 2.4), and clearing
 * `emails[type eq "other"].value` means the user no longer has that email.
 */
export function removeSubAttribute(
  list: readonly unknown[],
  elements: readonly unknown[],
  subAttribute: AttributeDefinition,
): unknown[] {
  const dropped: unknown[] = [];

  for (const element of elements) {
    if (!isPlainObject(element)) continue;
    delete element[subAttribute.name];
    if (subAttribute.name === 'value') dropped.push(element);
  }

  return withoutElements(list, dropped);
}
