import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';
import { coerceBooleanString } from './coerce-boolean-string.js';
import { isPlainObject } from './scim-resource.js';

/** What normalising met on the way, for the caller's log and its compatibility rules. */
export interface NormalizeReport {
  /** Display paths of attributes dropped as unknown to the schema or read-only. */
  readonly ignoredAttributes: string[];
  /** The same paths as a set, so that recording one stays cheap however many there are. */
  readonly ignoredSet: Set<string>;
  /** How many "true"/"false" strings were read as booleans. */
  booleanStringsCoerced: number;
}

export function createNormalizeReport(): NormalizeReport {
  return { ignoredAttributes: [], ignoredSet: new Set(), booleanStringsCoerced: 0 };
}

/** Records an ignored attribute once, in the order it was met. */
export function noteIgnoredAttribute(report: NormalizeReport, displayPath: string): void {
  if (report.ignoredSet.has(displayPath)) return;
  report.ignoredSet.add(displayPath);
  report.ignoredAttributes.push(displayPath);
}

/**
 * Normalises a set of attributes (a resource, an extension object or the
 * sub-attributes of a complex value): keys take their canonical spelling,
 * since names are case-insensitive (RFC 7643 section 2.1); unknown and
 * read-only attributes are dropped and reported; unassigned values vanish.
 * `pathOf` turns a name into the display path the report uses.
 */
export function normalizeAttributeMap(
  value: Record<string, unknown>,
  attributes: readonly AttributeDefinition[] | undefined,
  pathOf: (name: string) => string,
  report: NormalizeReport,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};

  for (const [key, entry] of Object.entries(value)) {
    // RFC 7643 section 2.5: null is the same as unassigned, so there is
    // nothing to keep and nothing to report.
    if (entry === null) continue;

    const attribute = findAttribute(attributes, key);
    if (attribute === undefined) {
      noteIgnoredAttribute(report, pathOf(key));
      continue;
    }

    // Client values of read-only attributes, such as meta, are ignored
    // (RFC 7644 section 3.5.1), not treated as an error.
    if (attribute.mutability === 'readOnly') {
      noteIgnoredAttribute(report, pathOf(attribute.name));
      continue;
    }

    const normalized = normalizeAttributeValue(entry, attribute, pathOf(attribute.name), report);
    if (normalized !== undefined) result[attribute.name] = normalized;
  }

  return result;
}

/**
 * Normalises the whole value of one attribute. Returns undefined when the
 * value counts as unassigned: null, and an empty list or "" for an optional
 * attribute (RFC 7643 section 2.5). Values of the wrong shape are copied as
 * they are, for validation to name.
 */
export function normalizeAttributeValue(
  value: unknown,
  attribute: AttributeDefinition,
  displayPath: string,
  report: NormalizeReport,
): unknown {
  if (!attribute.multiValued || !Array.isArray(value)) {
    return normalizeSingleValue(value, attribute, displayPath, report);
  }

  const values = value
    .map((element) => normalizeSingleValue(element, attribute, displayPath, report))
    .filter((element) => element !== undefined);
  return values.length === 0 && !attribute.required ? undefined : values;
}

/**
 * Normalises one value of an attribute: the value of a single-valued
 * attribute, or one element of a multi-valued one.
 */
export function normalizeSingleValue(
  value: unknown,
  attribute: AttributeDefinition,
  displayPath: string,
  report: NormalizeReport,
): unknown {
  if (value === null) return undefined;

  if (attribute.type === 'complex') {
    if (!isPlainObject(value)) return structuredClone(value);
    return normalizeComplexValue(value, attribute, displayPath, report);
  }

  // A required attribute keeps its "" so that validation can say it must
  // not be empty, rather than that it is missing.
  if (value === '' && !attribute.required) return undefined;

  if (attribute.type === 'boolean') {
    const coerced = coerceBooleanString(value);
    if (coerced !== undefined) {
      report.booleanStringsCoerced += 1;
      return coerced;
    }
  }

  return structuredClone(value);
}

function normalizeComplexValue(
  value: Record<string, unknown>,
  attribute: AttributeDefinition,
  displayPath: string,
  report: NormalizeReport,
): Record<string, unknown> | undefined {
  const pathOf = (name: string): string => `${displayPath}.${name}`;
  const normalized = normalizeAttributeMap(value, attribute.subAttributes, pathOf, report);

  // An element with no sub-attribute left carries nothing. A required
  // single-valued complex attribute stays, for validation to name what
  // it lacks.
  const isEmpty = Object.keys(normalized).length === 0;
  if (isEmpty && (attribute.multiValued || !attribute.required)) return undefined;
  return normalized;
}
