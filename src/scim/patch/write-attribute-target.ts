import { isPlainObject, type ScimResource } from '../resource/scim-resource.js';
import { displayAttributePath } from '../schema/attribute-path.js';
import type { AttributeDefinition } from '../schema/scim-schema.js';
import { invalidValue, prepareElements, prepareSimpleValue } from './check-value-shape.js';
import { appendDistinct, readList, storeList } from './element-list.js';
import { mergeSubAttributes } from './merge-sub-attributes.js';
import type { PatchContext } from './patch-context.js';
import type { PatchOperation } from './patch-operation.js';
import type { AttributeTarget } from './patch-target.js';
import { ensureContainer } from './resource-containers.js';

type Container = Record<string, unknown>;

/**
 * add (RFC 7644 section 3.5.2.1) or replace (section 3.5.2.3) of a value
 * on `attr` or `attr.sub`, without a filter. The two differ only for a
 * multi-valued attribute: add appends, replace swaps the whole list.
 * A single-valued attribute is set by either, and an absent one is added.
 */
export function writeAttributeTarget(
  resource: ScimResource,
  operation: PatchOperation,
  target: AttributeTarget,
  context: PatchContext,
): void {
  const { schema, attribute, subAttribute } = target;
  const displayPath = displayAttributePath(context.resourceType, target);
  const container = ensureContainer(resource, schema, context.resourceType);

  if (subAttribute === undefined) {
    writeWholeValue(container, attribute, displayPath, operation, context);
    return;
  }

  const value = prepareSimpleValue(operation.value, subAttribute, displayPath, operation, context);
  if (attribute.multiValued) writeSubAttributeOfEach(container, attribute, subAttribute, value);
  else writeSubAttribute(container, attribute, subAttribute, value);
}

function writeWholeValue(
  container: Container,
  attribute: AttributeDefinition,
  displayPath: string,
  operation: PatchOperation,
  context: PatchContext,
): void {
  const { value } = operation;

  if (attribute.multiValued) {
    if (!Array.isArray(value)) {
      throw invalidValue(operation, `${displayPath} takes a list of values`);
    }
    const elements = prepareElements(value, attribute, displayPath, operation, context);
    const current = readList(container, attribute);
    const next = operation.op === 'add' ? appendDistinct(current, elements, attribute) : elements;
    storeList(container, attribute, next);
    return;
  }

  if (attribute.type === 'complex') {
    const current = container[attribute.name];
    const holder = isPlainObject(current) ? current : {};
    mergeSubAttributes(holder, attribute, value, displayPath, operation, context);
    if (Object.keys(holder).length === 0) delete container[attribute.name];
    else container[attribute.name] = holder;
    return;
  }

  container[attribute.name] = prepareSimpleValue(value, attribute, displayPath, operation, context);
}

function writeSubAttribute(
  container: Container,
  attribute: AttributeDefinition,
  subAttribute: AttributeDefinition,
  value: unknown,
): void {
  const current = container[attribute.name];
  const holder = isPlainObject(current) ? current : {};
  holder[subAttribute.name] = value;
  container[attribute.name] = holder;
}

// RFC 7644 is silent on `emails.value` without a filter. Read like a filter
// that matches every value (as `emails.value` does in a filter, section
// 3.10): every element gets the sub-attribute, and an empty list gets one
// element holding it.
function writeSubAttributeOfEach(
  container: Container,
  attribute: AttributeDefinition,
  subAttribute: AttributeDefinition,
  value: unknown,
): void {
  const list = readList(container, attribute);
  if (list.length === 0) {
    storeList(container, attribute, [{ [subAttribute.name]: value }]);
    return;
  }

  for (const element of list) {
    if (isPlainObject(element)) element[subAttribute.name] = value;
  }
}
