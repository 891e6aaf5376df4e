/**
 * The syntax tree of a SCIM filter (RFC 7644 section 3.4.2.2), before it is
 * bound to a resource type. Attribute paths are kept as written; binding
 * resolves them against the schema.
 */

export type ComparisonOperator = 'eq' | 'ne' | 'co' | 'sw' | 'ew' | 'gt' | 'lt' | 'ge' | 'le';

export type LiteralValue = string | number | boolean | null;

export interface ComparisonNode {
  readonly kind: 'comparison';
  /** The attribute path as written, e.g. `name.givenName` or a URN-qualified name. */
  readonly path: string;
  readonly operator: ComparisonOperator;
  readonly value: LiteralValue;
  /**
   * The value's text when it was written without quotes (`externalId eq jdoe`,
   * `externalId eq 0042`), so binding can read it as a string without losing
   * leading zeros.
   */
  readonly unquotedText?: string;
}

export interface PresenceNode {
  readonly kind: 'present';
  readonly path: string;
}

export interface AndNode {
  readonly kind: 'and';
  readonly left: FilterNode;
  readonly right: FilterNode;
}

export interface OrNode {
  readonly kind: 'or';
  readonly left: FilterNode;
  readonly right: FilterNode;
}

export interface NotNode {
  readonly kind: 'not';
  readonly filter: FilterNode;
}

/** `emails[type eq "work"]`: paths inside `filter` are relative to one element. */
export interface ValuePathNode {
  readonly kind: 'valuePath';
  readonly path: string;
  readonly filter: FilterNode;
}

export type FilterNode = ComparisonNode | PresenceNode | AndNode | OrNode | NotNode | ValuePathNode;

/**
 * A PATCH operation path (RFC 7644 section 3.5.2): `attrPath`,
 * `attrPath[valFilter]` or `attrPath[valFilter].subAttr`.
 */
export interface PatchPath {
  readonly attributePath: string;
  readonly valueFilter?: FilterNode;
  readonly subAttribute?: string;
}
