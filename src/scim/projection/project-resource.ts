import type { AttributeDefinition, ResourceType } from '../schema/scim-schema.js';
import { isPlainObject, type ScimResource } from '../resource/scim-resource.js';
import type { AttributeSelection, SelectedPath } from './attribute-selection.js';

/** The part of a selection that concerns one container (the top level or an extension). */
interface ContainerSelection {
  readonly selected: readonly SelectedPath[] | 'all';
  readonly excluded: readonly SelectedPath[] | 'all';
}

/**
 * Applies an attribute selection to a resource. `schemas` and attributes
 * whose `returned` is "always" (such as id) survive any selection;
 * attributes returned "never" never leave (RFC 7643 section 7).
 */
export function projectResource(
  resource: ScimResource,
  resourceType: ResourceType,
  selection: AttributeSelection,
): ScimResource {
  if (selection.only === undefined && selection.excluded.length === 0) return resource;

  const projected: ScimResource = {};
  for (const [key, value] of Object.entries(resource)) {
    if (key === 'schemas') continue;

    const extension = resourceType.extensions.find((candidate) => candidate.schema.id === key);
    if (extension === undefined) {
      const scope = selectionFor(selection, undefined);
      const kept = projectAttribute(key, value, resourceType.schema.attributes, scope);
      if (kept !== undefined) projected[key] = kept;
    } else if (isPlainObject(value)) {
      const scope = selectionFor(selection, key);
      const kept = projectContainer(value, extension.schema.attributes, scope);
      if (Object.keys(kept).length > 0) projected[key] = kept;
    }
  }
  return { schemas: schemasPresent(resource.schemas, projected, resourceType), ...projected };
}

// `schemas` names the schemas a representation holds (RFC 7643 section 3):
// an extension left out by the selection leaves the list too.
function schemasPresent(
  schemas: unknown,
  projected: ScimResource,
  resourceType: ResourceType,
): unknown {
  if (!Array.isArray(schemas)) return schemas;

  const absent = new Set(
    resourceType.extensions
      .map((extension) => extension.schema.id)
      .filter((urn) => projected[urn] === undefined),
  );
  return schemas.filter((urn) => !absent.has(urn as string));
}

function selectionFor(
  selection: AttributeSelection,
  container: string | undefined,
): ContainerSelection {
  const inContainer = (path: SelectedPath): boolean => path.container === container;
  const wholeContainer = (path: SelectedPath): boolean =>
    inContainer(path) && path.attribute === undefined;

  const only = selection.only;
  const selected =
    only === undefined || only.some(wholeContainer) ? 'all' : only.filter(inContainer);
  const excluded = selection.excluded.some(wholeContainer)
    ? 'all'
    : selection.excluded.filter(inContainer);
  return { selected, excluded };
}

function projectContainer(
  container: ScimResource,
  attributes: readonly AttributeDefinition[],
  scope: ContainerSelection,
): ScimResource {
  const kept: ScimResource = {};
  for (const [key, value] of Object.entries(container)) {
    const narrowed = projectAttribute(key, value, attributes, scope);
    if (narrowed !== undefined) kept[key] = narrowed;
  }
  return kept;
}

function projectAttribute(
  name: string,
  value: unknown,
  attributes: readonly AttributeDefinition[],
  scope: ContainerSelection,
): unknown {
  const definition = attributes.find((attribute) => attribute.name === name);
  if (definition === undefined || definition.returned === 'always') return value;
  if (definition.returned === 'never' || scope.excluded === 'all') return undefined;

  const onThis = (path: SelectedPath): boolean => path.attribute === definition;
  const excluded = scope.excluded.filter(onThis);
  if (excluded.some((path) => path.subAttribute === undefined)) return undefined;

  // RFC 7643 section 7: "request" attributes are returned only when asked for.
  const selected = scope.selected === 'all' ? undefined : scope.selected.filter(onThis);
  if (selected === undefined && definition.returned === 'request') return undefined;
  if (selected !== undefined && selected.length === 0) return undefined;

  const keep =
    selected === undefined || selected.some((path) => path.subAttribute === undefined)
      ? undefined
      : selected.map((path) => path.subAttribute?.name);
  return narrowSubAttributes(
    value,
    keep,
    excluded.map((path) => path.subAttribute?.name),
  );
}

function narrowSubAttributes(
  value: unknown,
  keep: readonly (string | undefined)[] | undefined,
  drop: readonly (string | undefined)[],
): unknown {
  if (keep === undefined && drop.length === 0) return value;
  if (Array.isArray(value)) {
    const elements = value
      .map((element) => narrowSubAttributes(element, keep, drop))
      .filter((element) => element !== undefined);
    return elements.length > 0 ? elements : undefined;
  }
  if (!isPlainObject(value)) return value;

  const narrowed = Object.fromEntries(
    Object.entries(value).filter(
      ([key]) => (keep === undefined || keep.includes(key)) && !drop.includes(key),
    ),
  );
  return Object.keys(narrowed).length > 0 ? narrowed : undefined;
}
