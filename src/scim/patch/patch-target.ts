import type { FilterNode } from '../filter/filter-ast.js';
import { displayAttributePath } from '../schema/attribute-path.js';
import type { AttributeDefinition, ResourceType, ScimSchema } from '../schema/scim-schema.js';

/** What an operation's path points at, resolved against the resource type. */
export type PatchTarget = IgnoredTarget | ExtensionTarget | AttributeTarget;

/** A well-formed path naming something Systam does not keep: accepted and ignored (policy). */
export interface IgnoredTarget {
  readonly kind: 'ignored';
  /** The path as the client wrote it. */
  readonly text: string;
}

/** A whole extension object, named by its URN alone. */
export interface ExtensionTarget {
  readonly kind: 'extension';
  readonly schema: ScimSchema;
}

/** `attr`, `attr.sub`, `attr[filter]` or `attr[filter].sub`. */
export interface AttributeTarget {
  readonly kind: 'attribute';
  /** The core schema, or the extension the attribute belongs to. */
  readonly schema: ScimSchema;
  readonly attribute: AttributeDefinition;
  readonly subAttribute?: AttributeDefinition;
  readonly filter?: ValueFilter;
}

/** A value filter (RFC 7644 section 3.5.2, valuePath) bound to its multi-valued attribute. */
export interface ValueFilter {
  readonly node: FilterNode;
  readonly matches: (element: unknown) => boolean;
}

/**
 * The attribute of a target as a client writes it, without sub-attribute
 * or filter: `emails`, `urn:…:systam:2.0:User:primaryWorkspace`.
 */
export function displayTargetAttribute(
  resourceType: ResourceType,
  target: AttributeTarget,
): string {
  const { schema, attribute } = target;
  return displayAttributePath(resourceType, { kind: 'attribute', schema, attribute });
}
