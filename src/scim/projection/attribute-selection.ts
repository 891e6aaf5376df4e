import { resolveAttributePath } from '../schema/attribute-path.js';
import type { AttributeDefinition, ResourceType } from '../schema/scim-schema.js';

/**
 * Which attributes a response carries (RFC 7644 section 3.9, RFC 7643
 * section 7 "returned"): the `attributes` and `excludedAttributes` query
 * parameters resolved against the resource type once per request.
 */
export interface AttributeSelection {
  /** Only these (plus "returned: always"), when `attributes` was given. */
  readonly only?: readonly SelectedPath[];
  readonly excluded: readonly SelectedPath[];
}

export interface SelectedPath {
  /** Where the attribute lives: undefined for the top level, else the extension URN. */
  readonly container: string | undefined;
  /** Undefined when a whole extension is selected. */
  readonly attribute: AttributeDefinition | undefined;
  readonly subAttribute: AttributeDefinition | undefined;
}

export function readAttributeSelection(
  resourceType: ResourceType,
  attributes: string | undefined,
  excludedAttributes: string | undefined,
): AttributeSelection {
  const only = attributes === undefined ? undefined : resolveList(resourceType, attributes);
  const excluded =
    excludedAttributes === undefined ? [] : resolveList(resourceType, excludedAttributes);

  return only === undefined ? { excluded } : { only, excluded };
}

// Names the resource type does not have select nothing: a client asking
// for an attribute Systam does not keep simply does not get it.
function resolveList(resourceType: ResourceType, list: string): SelectedPath[] {
  const selected: SelectedPath[] = [];

  for (const name of list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')) {
    const path = resolveAttributePath(resourceType, name);
    if (path.kind === 'unknown') continue;

    const inExtension = path.schema !== resourceType.schema;
    selected.push({
      container: inExtension ? path.schema.id : undefined,
      attribute: path.kind === 'attribute' ? path.attribute : undefined,
      subAttribute: path.kind === 'attribute' ? path.subAttribute : undefined,
    });
  }
  return selected;
}
