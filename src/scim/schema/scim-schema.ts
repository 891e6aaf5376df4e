/**
 * The SCIM view of a schema (RFC 7643 section 7): the attribute
 * characteristics that filters, PATCH and discovery work from.
 */

export type AttributeType =
  'string' | 'boolean' | 'decimal' | 'integer' | 'dateTime' | 'reference' | 'complex' | 'binary';

export type Mutability = 'readOnly' | 'readWrite' | 'immutable' | 'writeOnly';
export type Returned = 'always' | 'never' | 'default' | 'request';
export type Uniqueness = 'none' | 'server' | 'global';

export interface AttributeDefinition {
  /** The canonical spelling; clients may use any letter case (RFC 7643 section 2.1). */
  readonly name: string;
  readonly type: AttributeType;
  readonly multiValued: boolean;
  readonly description: string;
  readonly required: boolean;
  readonly caseExact: boolean;
  readonly mutability: Mutability;
  readonly returned: Returned;
  readonly uniqueness: Uniqueness;
  readonly canonicalValues?: readonly string[];
  readonly referenceTypes?: readonly string[];
  readonly subAttributes?: readonly AttributeDefinition[];
  /**
   * id, externalId and meta are common attributes (RFC 7643 section 3.1):
   * they live at the top level of the resource whatever schema lists them.
   */
  readonly common: boolean;
}

export interface ScimSchema {
  /** The schema URN, e.g. urn:ietf:params:scim:schemas:core:2.0:User. */
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly attributes: readonly AttributeDefinition[];
}

export interface SchemaExtension {
  readonly schema: ScimSchema;
  readonly required: boolean;
}

export interface ResourceType {
  readonly name: string;
  readonly endpoint: string;
  readonly description: string;
  readonly schema: ScimSchema;
  readonly extensions: readonly SchemaExtension[];
}

/** Finds an attribute by name, ignoring letter case (RFC 7643 section 2.1). */
export function findAttribute(
  attributes: readonly AttributeDefinition[] | undefined,
  name: string,
): AttributeDefinition | undefined {
  const wanted = name.toLowerCase();
  return attributes?.find((attribute) => attribute.name.toLowerCase() === wanted);
}

/** Finds the core schema or an extension of a resource type by URN, ignoring letter case. */
export function findSchema(resourceType: ResourceType, urn: string): ScimSchema | undefined {
  const wanted = urn.toLowerCase();
  if (resourceType.schema.id.toLowerCase() === wanted) return resourceType.schema;
  return resourceType.extensions.find((extension) => extension.schema.id.toLowerCase() === wanted)
    ?.schema;
}
