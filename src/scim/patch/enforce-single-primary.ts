import { isPlainObject } from '../resource/scim-resource.js';
import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';
import { invalidValue } from './check-value-shape.js';
import type { PatchOperation } from './patch-operation.js';

/** The elements of a list whose `primary` is true, to compare with after an operation. */
export function findPrimaryElements(list: readonly unknown[]): Set<unknown> {
  return new Set(list.filter(isPrimary));
}

/**
 * RFC 7643 section 2.4: `primary` is true for one value at most. When an
 * operation makes one value primary, every other value that was primary
 * gets `primary: false`; an operation that makes two values primary is
 * 400 invalidValue.
 */
export function enforceSinglePrimary(
  list: readonly unknown[],
  primaryBefore: ReadonlySet<unknown>,
  attribute: AttributeDefinition,
  operation: PatchOperation,
): void {
  if (findAttribute(attribute.subAttributes, 'primary')?.type !== 'boolean') return;

  const madePrimary = list.filter((element) => isPrimary(element) && !primaryBefore.has(element));
  if (madePrimary.length > 1) {
    throw invalidValue(operation, `only one ${attribute.name} value may have primary true`);
  }

  const [chosen] = madePrimary;
  if (chosen === undefined) return;
  for (const element of list) {
    if (element !== chosen && isPlainObject(element) && element['primary'] === true) {
      element['primary'] = false;
    }
  }
}

function isPrimary(element: unknown): boolean {
  return isPlainObject(element) && element['primary'] === true;
}
