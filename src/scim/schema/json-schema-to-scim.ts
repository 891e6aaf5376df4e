import type {
  AttributeDefinition,
  AttributeType,
  Mutability,
  Returned,
  ScimSchema,
  Uniqueness,
} from './scim-schema.js';

/**
 * The subset of JSON Schema the files in schemas/ use, plus the `x-scim`
 * annotation that carries the RFC 7643 section 7 characteristics JSON Schema
 * has no word for. Validation and discovery read the same file, so what
 * /Schemas advertises is exactly what requests are checked against.
 */
export interface JsonSchema {
  $id?: string;
  title?: string;
  description?: string;
  type?: string;
  format?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  'x-scim'?: ScimAnnotation;
}

export interface ScimAnnotation {
  type?: AttributeType;
  mutability?: Mutability;
  returned?: Returned;
  uniqueness?: Uniqueness;
  caseExact?: boolean;
  canonicalValues?: string[];
  referenceTypes?: string[];
  common?: boolean;
  /** Protocol plumbing such as `schemas`: validated, never advertised. */
  internal?: boolean;
  /** What a value must look like, for error details of `pattern` failures. */
  expected?: string;
}

export function toScimSchema(jsonSchema: JsonSchema): ScimSchema {
  if (jsonSchema.$id === undefined || jsonSchema.title === undefined) {
    throw new TypeError('a SCIM schema file needs $id and title');
  }

  return {
    id: jsonSchema.$id,
    name: jsonSchema.title,
    description: jsonSchema.description ?? '',
    attributes: toAttributes(jsonSchema),
  };
}

function toAttributes(objectSchema: JsonSchema): AttributeDefinition[] {
  const required = new Set(objectSchema.required ?? []);

  return Object.entries(objectSchema.properties ?? {})
    .filter(([, property]) => property['x-scim']?.internal !== true)
    .map(([name, property]) => toAttribute(name, property, required.has(name)));
}

function toAttribute(name: string, property: JsonSchema, required: boolean): AttributeDefinition {
  const multiValued = property.type === 'array';
  const valueSchema = multiValued ? (property.items ?? {}) : property;
  const annotation = { ...valueSchema['x-scim'], ...property['x-scim'] };
  const type = annotation.type ?? toAttributeType(valueSchema);

  return {
    name,
    type,
    multiValued,
    description: property.description ?? '',
    required,
    caseExact: annotation.caseExact ?? false,
    mutability: annotation.mutability ?? 'readWrite',
    returned: annotation.returned ?? 'default',
    uniqueness: annotation.uniqueness ?? 'none',
    common: annotation.common ?? false,
    ...(annotation.canonicalValues && { canonicalValues: annotation.canonicalValues }),
    ...(annotation.referenceTypes && { referenceTypes: annotation.referenceTypes }),
    ...(type === 'complex' && { subAttributes: toAttributes(valueSchema) }),
  };
}

function toAttributeType(schema: JsonSchema): AttributeType {
  switch (schema.type) {
    case 'object':
      return 'complex';
    case 'boolean':
      return 'boolean';
    case 'integer':
      return 'integer';
    case 'number':
      return 'decimal';
    case 'string':
      return schema.format === 'date-time' ? 'dateTime' : 'string';
    default:
      throw new TypeError(`no SCIM type for JSON Schema type ${String(schema.type)}`);
  }
}
