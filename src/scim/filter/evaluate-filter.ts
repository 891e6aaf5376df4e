import { isPlainObject } from '../resource/scim-resource.js';
import type { BoundComparison, BoundFilter } from './bound-filter.js';
import { matchesComparison } from './compare-filter-value.js';
import {
  isPresentValue,
  readElementValues,
  readElements,
  readResourceValues,
  type JsonObject,
} from './read-attribute-values.js';

/**
 * Whether a SCIM resource document matches a bound filter (RFC 7644 section
 * 3.4.2.2). Extension attributes are read from `resource[urn]`.
 */
export function evaluateFilter(filter: BoundFilter, resource: Record<string, unknown>): boolean {
  return evaluateNode(filter, resource, false);
}

/**
 * Whether one element of a complex attribute matches a filter bound with
 * bindValueFilter; anything but a JSON object never matches.
 */
export function evaluateElementFilter(filter: BoundFilter, element: unknown): boolean {
  return isPlainObject(element) && evaluateNode(filter, element, true);
}

function evaluateNode(node: BoundFilter, context: JsonObject, inElement: boolean): boolean {
  switch (node.kind) {
    case 'and':
      return (
        evaluateNode(node.left, context, inElement) && evaluateNode(node.right, context, inElement)
      );
    case 'or':
      return (
        evaluateNode(node.left, context, inElement) || evaluateNode(node.right, context, inElement)
      );
    case 'not':
      return !evaluateNode(node.filter, context, inElement);
    case 'present':
      return readValues(node, context, inElement).some(isPresentValue);
    case 'comparison':
      return evaluateComparison(node, readValues(node, context, inElement));
    case 'valuePath':
      // One element has to satisfy the whole bracketed filter.
      return readElements(node.path, context).some((element) =>
        evaluateNode(node.filter, element, true),
      );
  }
}

function readValues(
  node: { readonly path: BoundComparison['path'] },
  context: JsonObject,
  inElement: boolean,
): unknown[] {
  return inElement ? readElementValues(node.path, context) : readResourceValues(node.path, context);
}

function evaluateComparison(comparison: BoundComparison, values: unknown[]): boolean {
  // null means unassigned (RFC 7643 section 2.5): `eq null` is the opposite of `pr`.
  if (comparison.value === null) {
    const isAssigned = values.some(isPresentValue);
    return comparison.operator === 'eq' ? !isAssigned : isAssigned;
  }

  // A multi-valued attribute matches when any of its values does (RFC 7644
  // section 3.4.2.2), `ne` included. An unassigned attribute is not
  // identical to any value, so `ne` matches it.
  const assigned = values.filter((value) => value !== null);
  if (comparison.operator === 'ne' && assigned.length === 0) return true;
  return assigned.some((value) => matchesComparison(comparison, value));
}
