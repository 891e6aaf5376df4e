import type { ComparisonNode, FilterNode } from '../filter/filter-ast.js';
import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';

/**
 * The element a value filter describes, when it describes one completely:
 * `type eq "work"` gives `{type: "work"}`, `type eq "work" and primary eq
 * true` gives `{type: "work", primary: true}`. Any other filter (`or`,
 * `not`, `co`, a complex or unknown sub-attribute, two values for one
 * sub-attribute) gives undefined: nothing can be built from it.
 */
export function buildElementFromFilter(
  filter: FilterNode,
  attribute: AttributeDefinition,
): Record<string, unknown> | undefined {
  const terms = collectEqualityTerms(filter);
  if (terms === undefined) return undefined;

  const element: Record<string, unknown> = {};
  for (const term of terms) {
    const subAttribute = findAttribute(attribute.subAttributes, term.path);
    if (subAttribute === undefined || subAttribute.type === 'complex') return undefined;
    if (term.value === null) return undefined;

    const value = literalFor(term, subAttribute);
    const earlier = element[subAttribute.name];
    if (earlier !== undefined && earlier !== value) return undefined;
    element[subAttribute.name] = value;
  }
  return element;
}

function collectEqualityTerms(filter: FilterNode): ComparisonNode[] | undefined {
  if (filter.kind === 'comparison') return filter.operator === 'eq' ? [filter] : undefined;
  if (filter.kind !== 'and') return undefined;

  const left = collectEqualityTerms(filter.left);
  const right = collectEqualityTerms(filter.right);
  return left === undefined || right === undefined ? undefined : [...left, ...right];
}

// An unquoted value (Entra's `type eq work`) is text for a string
// sub-attribute; its parsed number or boolean would lose what was written.
function literalFor(term: ComparisonNode, subAttribute: AttributeDefinition): unknown {
  const isText = !['boolean', 'integer', 'decimal'].includes(subAttribute.type);
  return isText && term.unquotedText !== undefined ? term.unquotedText : term.value;
}
