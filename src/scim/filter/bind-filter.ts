import { InvalidFilterError } from '../errors.js';
import { displayAttributePath, resolveAttributePath } from '../schema/attribute-path.js';
import {
  findAttribute,
  type AttributeDefinition,
  type ResourceType,
  type ScimSchema,
} from '../schema/scim-schema.js';
import type { BoundAttributePath, BoundFilter } from './bound-filter.js';
import { coerceFilterValue } from './coerce-filter-value.js';
import { describeUnknownAttribute, joinChoices } from './describe-filter-attributes.js';
import type { ComparisonNode, FilterNode, ValuePathNode } from './filter-ast.js';

/**
 * Where the paths of a filter are resolved: against the resource type, or,
 * inside brackets, against the sub-attributes of one complex attribute.
 */
interface BindingScope {
  readonly resourceType: ResourceType;
  readonly element?: BoundAttributePath;
}

/**
 * Binds a parsed filter to a resource type: resolves every attribute path
 * (any letter case, URN-qualified or not) and coerces every value to the
 * type of its attribute.
 *
 * @throws InvalidFilterError when the filter names an attribute the
 *   resource type does not keep or compares a value the attribute cannot hold.
 */
export function bindFilter(filter: FilterNode, resourceType: ResourceType): BoundFilter {
  return bindNode(filter, { resourceType });
}

/**
 * Binds the bracketed filter of `emails[type eq "work"]` (a PATCH path or a
 * filter value path): its paths name sub-attributes of one element of
 * `attribute`, a complex attribute of `resourceType`.
 *
 * @throws InvalidFilterError as bindFilter does.
 */
export function bindValueFilter(
  filter: FilterNode,
  attribute: AttributeDefinition,
  resourceType: ResourceType,
): BoundFilter {
  const schema = findDefiningSchema(resourceType, attribute);
  const element = toBoundPath(resourceType, schema, attribute, undefined);
  checkFilterableElements(element);
  return bindNode(filter, { resourceType, element });
}

function bindNode(node: FilterNode, scope: BindingScope): BoundFilter {
  switch (node.kind) {
    case 'and':
    case 'or':
      return {
        kind: node.kind,
        left: bindNode(node.left, scope),
        right: bindNode(node.right, scope),
      };
    case 'not':
      return { kind: 'not', filter: bindNode(node.filter, scope) };
    case 'present':
      return { kind: 'present', path: resolvePath(node.path, scope) };
    case 'comparison':
      return bindComparison(node, scope);
    case 'valuePath':
      return bindValuePath(node, scope);
  }
}

function bindComparison(node: ComparisonNode, scope: BindingScope): BoundFilter {
  const resolved = resolvePath(node.path, scope);
  const path = resolved.target.type === 'complex' ? toImpliedValuePath(resolved) : resolved;
  const coerced = coerceFilterValue(node, path);
  return { kind: 'comparison', path, operator: node.operator, ...coerced };
}

function bindValuePath(node: ValuePathNode, scope: BindingScope): BoundFilter {
  if (scope.element !== undefined) {
    throw new InvalidFilterError(
      `Filter puts brackets inside ${scope.element.name}[…]; value filters cannot be nested ` +
        '(RFC 7644 section 3.4.2.2).',
    );
  }

  const path = resolvePath(node.path, scope);
  checkFilterableElements(path);
  return { kind: 'valuePath', path, filter: bindNode(node.filter, { ...scope, element: path }) };
}

function resolvePath(text: string, scope: BindingScope): BoundAttributePath {
  const { resourceType, element } = scope;
  if (element !== undefined) return resolveSubAttributePath(text, element);

  const resolved = resolveAttributePath(resourceType, text);
  if (resolved.kind === 'unknown') {
    throw new InvalidFilterError(describeUnknownAttribute(resourceType, text));
  }
  if (resolved.kind === 'extension') {
    const example = resolved.schema.attributes[0]?.name ?? 'attribute';
    throw new InvalidFilterError(
      `Filter names the whole extension "${text}"; filter on one of its attributes, such as ` +
        `${resolved.schema.id}:${example}.`,
    );
  }
  return toBoundPath(resourceType, resolved.schema, resolved.attribute, resolved.subAttribute);
}

// RFC 7644 section 3.4.2.2: inside brackets, paths are relative to the
// complex attribute, so they name one of its sub-attributes alone.
function resolveSubAttributePath(text: string, element: BoundAttributePath): BoundAttributePath {
  const subAttribute = /[.:]/.test(text)
    ? undefined
    : findAttribute(element.attribute.subAttributes, text);
  if (subAttribute === undefined) {
    const choices = (element.attribute.subAttributes ?? []).map((sub) => sub.name);
    throw new InvalidFilterError(
      `The gateway cannot filter ${element.name} on "${text}"; inside ${element.name}[…] use ` +
        `${joinChoices(choices)}.`,
    );
  }
  const name = `${element.name}.${subAttribute.name}`;
  return { ...element, subAttribute, target: subAttribute, name };
}

// A complex attribute compared as a whole (`emails eq "a@b.c"`) means its
// "value" sub-attribute, the one RFC 7643 section 2.4 makes the primary
// content of multi-valued attributes.
function toImpliedValuePath(path: BoundAttributePath): BoundAttributePath {
  const value = findAttribute(path.attribute.subAttributes, 'value');
  if (value !== undefined) {
    return { ...path, subAttribute: value, target: value, name: `${path.name}.${value.name}` };
  }

  const choices = (path.attribute.subAttributes ?? []).map((sub) => `${path.name}.${sub.name}`);
  throw new InvalidFilterError(
    `Filter compares ${path.name} as a whole, but it is complex; compare ${joinChoices(choices)}.`,
  );
}

function checkFilterableElements(path: BoundAttributePath): void {
  if (path.subAttribute === undefined && path.attribute.type === 'complex') return;
  throw new InvalidFilterError(
    `Filter puts brackets after ${path.name}, which has no sub-attributes; brackets belong ` +
      'after a complex attribute such as emails.',
  );
}

function toBoundPath(
  resourceType: ResourceType,
  schema: ScimSchema,
  attribute: AttributeDefinition,
  subAttribute: AttributeDefinition | undefined,
): BoundAttributePath {
  const resolved = { kind: 'attribute' as const, schema, attribute, subAttribute };
  const name = displayAttributePath(resourceType, resolved);
  const target = subAttribute ?? attribute;

  // Common attributes (RFC 7643 section 3.1) sit at the top level whatever
  // schema lists them; extension attributes sit under their schema URN.
  const isExtension = schema !== resourceType.schema && !attribute.common;
  return {
    schema,
    ...(isExtension && { extensionUrn: schema.id }),
    attribute,
    ...(subAttribute !== undefined && { subAttribute }),
    target,
    name,
  };
}

function findDefiningSchema(
  resourceType: ResourceType,
  attribute: AttributeDefinition,
): ScimSchema {
  const schemas = [resourceType.schema, ...resourceType.extensions.map(({ schema }) => schema)];
  return (
    schemas.find((schema) => schema.attributes.includes(attribute)) ??
    schemas.find((schema) => findAttribute(schema.attributes, attribute.name) !== undefined) ??
    resourceType.schema
  );
}
