import {
  findAttribute,
  type AttributeDefinition,
  type ResourceType,
  type ScimSchema,
} from './scim-schema.js';

/**
 * Where an attribute path (RFC 7644 section 3.10: [URN ":"] attr ["." subAttr])
 * points in a resource type.
 */
export type ResolvedAttributePath =
  /** A whole extension object, named by its URN alone. */
  | { readonly kind: 'extension'; readonly schema: ScimSchema }
  | {
      readonly kind: 'attribute';
      readonly schema: ScimSchema;
      readonly attribute: AttributeDefinition;
      readonly subAttribute?: AttributeDefinition;
    }
  /** Well formed, but naming nothing this resource type keeps. */
  | { readonly kind: 'unknown'; readonly text: string };

const urnPrefix = /^urn:/i;

/**
 * Resolves an attribute path such as `name.givenName`,
 * `urn:ietf:params:scim:schemas:core:2.0:User:userName` or
 * `urn:ietf:params:scim:schemas:extension:systam:2.0:User:primaryWorkspace`.
 *
 * A URN itself contains dots ("2.0") and colons, so it is matched against
 * the known schema URNs first and never split blindly. Legacy Entra jobs
 * separate the URN from the attribute with "." instead of ":", which is
 * accepted as well.
 */
export function resolveAttributePath(
  resourceType: ResourceType,
  text: string,
): ResolvedAttributePath {
  const { schema, rest } = splitSchemaUrn(resourceType, text);
  if (schema === undefined) return { kind: 'unknown', text };
  if (rest === '') {
    const isExtension = schema !== resourceType.schema;
    return isExtension ? { kind: 'extension', schema } : { kind: 'unknown', text };
  }

  const [attributeName = '', subAttributeName, ...extra] = rest.split('.');
  if (extra.length > 0) return { kind: 'unknown', text };

  const attribute =
    findAttribute(schema.attributes, attributeName) ??
    findCommonAttribute(resourceType, schema, attributeName);
  if (attribute === undefined) return { kind: 'unknown', text };
  if (subAttributeName === undefined) return { kind: 'attribute', schema, attribute };

  const subAttribute = findAttribute(attribute.subAttributes, subAttributeName);
  if (subAttribute === undefined) return { kind: 'unknown', text };
  return { kind: 'attribute', schema, attribute, subAttribute };
}

function allSchemas(resourceType: ResourceType): ScimSchema[] {
  return [resourceType.schema, ...resourceType.extensions.map((extension) => extension.schema)];
}

function splitSchemaUrn(
  resourceType: ResourceType,
  text: string,
): { schema: ScimSchema | undefined; rest: string } {
  if (!urnPrefix.test(text)) return { schema: resourceType.schema, rest: text };

  const lowered = text.toLowerCase();
  for (const schema of allSchemas(resourceType)) {
    const urn = schema.id.toLowerCase();
    if (lowered === urn) return { schema, rest: '' };
    if (lowered.startsWith(urn) && (lowered[urn.length] === ':' || lowered[urn.length] === '.')) {
      return { schema, rest: text.slice(urn.length + 1) };
    }
  }
  return { schema: undefined, rest: text };
}

// id, externalId and meta may be qualified with the core URN even though
// they are common attributes.
function findCommonAttribute(
  resourceType: ResourceType,
  schema: ScimSchema,
  name: string,
): AttributeDefinition | undefined {
  if (schema !== resourceType.schema) return undefined;
  const attribute = findAttribute(resourceType.schema.attributes, name);
  return attribute?.common === true ? attribute : undefined;
}

/**
 * The name of a resolved path as a client would write it: `name.givenName`
 * for core attributes, the URN-qualified form for extension attributes.
 */
export function displayAttributePath(
  resourceType: ResourceType,
  path: ResolvedAttributePath,
): string {
  if (path.kind === 'unknown') return path.text;
  if (path.kind === 'extension') return path.schema.id;

  const name =
    path.subAttribute === undefined
      ? path.attribute.name
      : `${path.attribute.name}.${path.subAttribute.name}`;
  return path.schema === resourceType.schema ? name : `${path.schema.id}:${name}`;
}
