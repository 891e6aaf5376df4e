import type { AttributeDefinition, ResourceType } from '../schema/scim-schema.js';
import { bindValueFilter } from './bind-filter.js';
import { evaluateElementFilter } from './evaluate-filter.js';
import type { FilterNode } from './filter-ast.js';

/**
 * Turns the bracketed filter of a PATCH path (`emails[type eq "work"]`,
 * RFC 7644 section 3.5.2) into a test for one element of the multi-valued
 * attribute. Paths in the filter name sub-attributes of that attribute.
 *
 * @throws InvalidFilterError when the filter names a sub-attribute the
 *   attribute does not have or compares a value it cannot hold.
 */
export function compileValueFilter(
  filter: FilterNode,
  multiValuedAttribute: AttributeDefinition,
  resourceType: ResourceType,
): (element: unknown) => boolean {
  const bound = bindValueFilter(filter, multiValuedAttribute, resourceType);
  return (element) => evaluateElementFilter(bound, element);
}
