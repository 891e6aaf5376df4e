import { displayAttributePath, resolveAttributePath } from '../schema/attribute-path.js';
import type { ResourceType } from '../schema/scim-schema.js';

/**
 * The detail for an attribute a filter names but the resource type does
 * not keep. An empty result would be wrong here: Entra reads "no match" as
 * "create the user" and makes duplicates, so the administrator is told
 * which attributes can be used instead.
 */
export function describeUnknownAttribute(resourceType: ResourceType, text: string): string {
  const choices = listSubAttributeNames(resourceType, text) ?? listAttributeNames(resourceType);
  return (
    `The gateway cannot filter on "${text}" because Systam does not keep it; ` +
    `filter on ${joinChoices(choices)} instead.`
  );
}

/** Top-level attribute names as a client writes them, extension ones URN-qualified. */
export function listAttributeNames(resourceType: ResourceType): string[] {
  const core = resourceType.schema.attributes.map((attribute) => attribute.name);
  const extensions = resourceType.extensions.flatMap(({ schema }) =>
    schema.attributes.map((attribute) => `${schema.id}:${attribute.name}`),
  );
  return [...core, ...extensions];
}

/** `a`, `a or b`, `one of a, b or c`. */
export function joinChoices(choices: readonly string[]): string {
  if (choices.length <= 1) return choices[0] ?? 'another attribute';

  const alternatives = `${choices.slice(0, -1).join(', ')} or ${choices.at(-1)}`;
  return choices.length === 2 ? alternatives : `one of ${alternatives}`;
}

// For `name.middleName`, the sub-attributes `name` does have.
function listSubAttributeNames(resourceType: ResourceType, text: string): string[] | undefined {
  const dot = text.lastIndexOf('.');
  if (dot <= text.lastIndexOf(':')) return undefined;

  const parent = resolveAttributePath(resourceType, text.slice(0, dot));
  if (parent.kind !== 'attribute' || parent.subAttribute !== undefined) return undefined;

  const parentName = displayAttributePath(resourceType, parent);
  return parent.attribute.subAttributes?.map((sub) => `${parentName}.${sub.name}`);
}
