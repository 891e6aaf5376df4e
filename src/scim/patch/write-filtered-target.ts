import { NoTargetError } from '../errors.js';
import { isPlainObject, type ScimResource } from '../resource/scim-resource.js';
import { buildElementFromFilter } from './build-element-from-filter.js';
import {
  checkElement,
  invalidValue,
  prepareElements,
  prepareSimpleValue,
} from './check-value-shape.js';
import { readList, storeList } from './element-list.js';
import { mergeSubAttributes } from './merge-sub-attributes.js';
import type { PatchContext } from './patch-context.js';
import { describeOperation, type PatchOperation } from './patch-operation.js';
import { displayTargetAttribute, type AttributeTarget, type ValueFilter } from './patch-target.js';
import { ensureContainer } from './resource-containers.js';

/**
 * add or replace on `attr[filter]` or `attr[filter].sub`. Matching elements
 * are changed in place, every other element and sub-attribute is left as it
 * was (RFC 7644 section 3.5.2.3). When nothing matches, the element the
 * filter describes is created (filtered-path-upsert); later operations of
 * the same request then find it through the same filter.
 */
export function writeFilteredTarget(
  resource: ScimResource,
  operation: PatchOperation,
  target: AttributeTarget,
  filter: ValueFilter,
  context: PatchContext,
): void {
  const { schema, attribute } = target;
  const container = ensureContainer(resource, schema, context.resourceType);
  const list = readList(container, attribute);
  const matches = list.filter(filter.matches);

  if (matches.length === 0) {
    storeList(container, attribute, [...list, createElement(target, filter, operation, context)]);
    return;
  }

  const updated = list.map((element) =>
    matches.includes(element) ? updateElement(element, target, operation, context) : element,
  );
  storeList(container, attribute, updated);
}

function updateElement(
  element: unknown,
  target: AttributeTarget,
  operation: PatchOperation,
  context: PatchContext,
): unknown {
  const { attribute, subAttribute } = target;
  const attributePath = displayTargetAttribute(context.resourceType, target);
  if (!isPlainObject(element)) return element;

  if (subAttribute !== undefined) {
    const subPath = `${attributePath}.${subAttribute.name}`;
    element[subAttribute.name] = prepareSimpleValue(
      operation.value,
      subAttribute,
      subPath,
      operation,
      context,
    );
    return element;
  }

  // RFC 7644 is silent on add with a filter and no sub-attribute: the given
  // sub-attributes are merged into each matching value, as for a complex
  // attribute. Replace swaps each matching value for the new one (section
  // 3.5.2.3).
  if (operation.op === 'add') {
    mergeSubAttributes(element, attribute, operation.value, attributePath, operation, context);
    return element;
  }

  if (!isPlainObject(operation.value)) {
    throw invalidValue(operation, `${attributePath}[filter] takes one object as its value`);
  }
  const [replacement] = prepareElements(
    [operation.value],
    attribute,
    attributePath,
    operation,
    context,
  );
  return replacement ?? element;
}

function createElement(
  target: AttributeTarget,
  filter: ValueFilter,
  operation: PatchOperation,
  context: PatchContext,
): Record<string, unknown> {
  const { attribute, subAttribute } = target;
  const attributePath = displayTargetAttribute(context.resourceType, target);
  const seed = buildElementFromFilter(filter.node, attribute);

  // RFC 7644 section 3.5.2.3 answers a filter that matches nothing with
  // noTarget. Entra ID expects the element to be created instead, which is
  // possible only when the filter spells the element out with equality.
  if (seed === undefined) {
    throw new NoTargetError(
      `${describeOperation(operation)}: no ${attribute.name} value matches the filter; ` +
        'only a filter of "eq" terms joined by "and" can create one.',
    );
  }
  context.noteRule('filtered-path-upsert');

  checkElement(seed, attribute, attributePath, operation, context);
  if (subAttribute === undefined) {
    mergeSubAttributes(seed, attribute, operation.value, attributePath, operation, context);
  } else {
    const subPath = `${attributePath}.${subAttribute.name}`;
    seed[subAttribute.name] = prepareSimpleValue(
      operation.value,
      subAttribute,
      subPath,
      operation,
      context,
    );
  }
  return seed;
}
