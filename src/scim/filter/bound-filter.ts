import type { AttributeDefinition, ScimSchema } from '../schema/scim-schema.js';
import type { ComparisonOperator } from './filter-ast.js';

/**
 * A filter bound to a resource type: every attribute reference is resolved
 * to its schema definition and every compared value is coerced to the type
 * of the attribute it is compared with. Code that turns filters into
 * upstream look-ups walks this tree; evaluateFilter runs it on documents.
 */
export type BoundFilter =
  BoundComparison | BoundPresence | BoundAnd | BoundOr | BoundNot | BoundValuePath;

/** An attribute reference after resolution against the schemas. */
export interface BoundAttributePath {
  /** The schema defining the attribute: the core schema or an extension. */
  readonly schema: ScimSchema;
  /**
   * The URN under which the attribute lives in a resource document
   * (`resource[urn].attribute`), or undefined for core and common attributes,
   * which live at the top level.
   */
  readonly extensionUrn?: string;
  readonly attribute: AttributeDefinition;
  readonly subAttribute?: AttributeDefinition;
  /**
   * The definition whose type and caseExact govern the compared values:
   * the sub-attribute when there is one, else the attribute.
   */
  readonly target: AttributeDefinition;
  /**
   * The canonical name: `userName`, `name.givenName`, `emails.value`,
   * `urn:ietf:params:scim:schemas:extension:systam:2.0:User:primaryWorkspace`.
   */
  readonly name: string;
}

/** A value after coercion to the type of the attribute it is compared with. */
export type BoundValue = string | number | boolean | null;

/**
 * `path operator value`. Inside a value path, `path` still names the whole
 * attribute (`emails.type`), while evaluation reads the sub-attribute from
 * one element.
 */
export interface BoundComparison {
  readonly kind: 'comparison';
  readonly path: BoundAttributePath;
  readonly operator: ComparisonOperator;
  /**
   * A string for string, reference, binary and dateTime attributes (the
   * date-time as the client wrote it), a number for integer and decimal,
   * a boolean for boolean; null means "unassigned" (RFC 7643 section 2.5)
   * and comes only with eq and ne.
   */
  readonly value: BoundValue;
  /**
   * For dateTime attributes, the instant of `value` in nanoseconds since
   * 1970-01-01T00:00:00Z, so that comparisons are chronological.
   */
  readonly instant?: bigint;
}

export interface BoundPresence {
  readonly kind: 'present';
  readonly path: BoundAttributePath;
}

export interface BoundAnd {
  readonly kind: 'and';
  readonly left: BoundFilter;
  readonly right: BoundFilter;
}

export interface BoundOr {
  readonly kind: 'or';
  readonly left: BoundFilter;
  readonly right: BoundFilter;
}

export interface BoundNot {
  readonly kind: 'not';
  readonly filter: BoundFilter;
}

/**
 * `emails[type eq "work" and value eq "x"]`: true when one element of the
 * complex attribute satisfies the whole inner filter. Entra's
 * `emails[type eq "work"].value eq "x"` binds to this shape too.
 */
export interface BoundValuePath {
  readonly kind: 'valuePath';
  /** The complex attribute whose elements are tested; it has no subAttribute. */
  readonly path: BoundAttributePath;
  readonly filter: BoundFilter;
}
