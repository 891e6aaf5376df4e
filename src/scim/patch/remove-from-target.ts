import { isPlainObject, type ScimResource } from '../resource/scim-resource.js';
import { findAttribute } from '../schema/scim-schema.js';
import { invalidValue, prepareElements, prepareSimpleValue } from './check-value-shape.js';
import { readList, removeSubAttribute, storeList, withoutElements } from './element-list.js';
import type { PatchContext } from './patch-context.js';
import type { PatchOperation } from './patch-operation.js';
import { displayTargetAttribute, type AttributeTarget } from './patch-target.js';
import { dropEmptyExtension, findContainer } from './resource-containers.js';
import { elementMatches, valuesEqual } from './values-equal.js';

type Container = Record<string, unknown>;

/**
 * Removes what a target names (RFC 7644 section 3.5.2.2); add and replace
 * with a clearing value ("" or null) come here too. Removing something
 * absent changes nothing.
 *
 * `given` is the value a remove carried (remove-with-value rule): then only
 * what equals it goes, compared by the attribute's caseExact; undefined
 * removes without condition.
 */
export function removeFromTarget(
  resource: ScimResource,
  target: AttributeTarget,
  given: unknown,
  operation: PatchOperation,
  context: PatchContext,
): void {
  const { schema, attribute, subAttribute } = target;
  const container = findContainer(resource, schema, context.resourceType);
  if (container === undefined) return;

  if (attribute.multiValued) {
    removeFromList(container, target, given, operation, context);
  } else if (subAttribute === undefined) {
    removeSingleValue(container, target, given, operation, context);
  } else {
    removeFromComplex(container, target, given, operation, context);
  }

  dropEmptyExtension(resource, schema, context.resourceType);
}

// RFC 7644 section 3.5.2.2: without a filter the whole list goes; with one,
// the matching values; with `.sub`, that sub-attribute of each of them.
function removeFromList(
  container: Container,
  target: AttributeTarget,
  given: unknown,
  operation: PatchOperation,
  context: PatchContext,
): void {
  const { attribute, subAttribute, filter } = target;
  const attributePath = displayTargetAttribute(context.resourceType, target);
  const list = readList(container, attribute);
  const selected = filter === undefined ? list : list.filter(filter.matches);

  if (subAttribute !== undefined) {
    const subPath = `${attributePath}.${subAttribute.name}`;
    const expected =
      given === undefined
        ? undefined
        : prepareSimpleValue(given, subAttribute, subPath, operation, context);
    const holders =
      expected === undefined
        ? selected
        : selected.filter(
            (element) =>
              isPlainObject(element) &&
              valuesEqual(element[subAttribute.name], expected, subAttribute),
          );
    storeList(container, attribute, removeSubAttribute(list, holders, subAttribute));
    return;
  }

  if (given === undefined) {
    storeList(container, attribute, withoutElements(list, selected));
    return;
  }

  // Entra ID's legacy `{"op":"Remove","path":"emails","value":[{"value":"…"}]}`
  // names the values to remove; each given value matches on the
  // sub-attributes it carries.
  const givenValues = Array.isArray(given) ? given : [given];
  const patterns = prepareElements(givenValues, attribute, attributePath, operation, context);
  const removed = selected.filter((element) =>
    patterns.some((pattern) => elementMatches(element, pattern, attribute)),
  );
  storeList(container, attribute, withoutElements(list, removed));
}

function removeFromComplex(
  container: Container,
  target: AttributeTarget,
  given: unknown,
  operation: PatchOperation,
  context: PatchContext,
): void {
  const { attribute, subAttribute } = target;
  const holder = container[attribute.name];
  if (subAttribute === undefined || !isPlainObject(holder)) return;

  if (given !== undefined) {
    const subPath = `${displayTargetAttribute(context.resourceType, target)}.${subAttribute.name}`;
    const expected = prepareSimpleValue(given, subAttribute, subPath, operation, context);
    if (!valuesEqual(holder[subAttribute.name], expected, subAttribute)) return;
  }

  delete holder[subAttribute.name];
  if (Object.keys(holder).length === 0) delete container[attribute.name];
}

function removeSingleValue(
  container: Container,
  target: AttributeTarget,
  given: unknown,
  operation: PatchOperation,
  context: PatchContext,
): void {
  const { attribute } = target;
  const attributePath = displayTargetAttribute(context.resourceType, target);
  if (given === undefined) {
    delete container[attribute.name];
    return;
  }

  if (attribute.type !== 'complex') {
    const expected = prepareSimpleValue(given, attribute, attributePath, operation, context);
    const current = container[attribute.name];
    if (valuesEqual(current, expected, attribute)) delete container[attribute.name];
    return;
  }

  // A complex value with a given value loses the given sub-attributes that
  // hold exactly that value.
  const holder = container[attribute.name];
  if (!isPlainObject(given)) {
    throw invalidValue(operation, `${attributePath} takes an object of sub-attributes`);
  }
  if (!isPlainObject(holder)) return;

  for (const [name, entry] of Object.entries(given)) {
    const subAttribute = findAttribute(attribute.subAttributes, name);
    if (subAttribute === undefined || entry === null) continue;

    const subPath = `${attributePath}.${subAttribute.name}`;
    const expected = prepareSimpleValue(entry, subAttribute, subPath, operation, context);
    if (valuesEqual(holder[subAttribute.name], expected, subAttribute)) {
      delete holder[subAttribute.name];
    }
  }
  if (Object.keys(holder).length === 0) delete container[attribute.name];
}
