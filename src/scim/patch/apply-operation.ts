import { NoTargetError } from '../errors.js';
import { listIgnoredAttributes } from '../resource/list-ignored-attributes.js';
import { isPlainObject, type ScimResource } from '../resource/scim-resource.js';
import { findAttribute } from '../schema/scim-schema.js';
import { invalidValue } from './check-value-shape.js';
import { isClearingValue } from './clearing-value.js';
import { readList } from './element-list.js';
import { enforceSinglePrimary, findPrimaryElements } from './enforce-single-primary.js';
import type { PatchContext } from './patch-context.js';
import { describeOperation, type PatchOperation } from './patch-operation.js';
import type {
  AttributeTarget,
  ExtensionTarget,
  IgnoredTarget,
  PatchTarget,
} from './patch-target.js';
import { planPathlessSteps } from './plan-pathless-steps.js';
import { removeFromTarget } from './remove-from-target.js';
import { checkMutability, resolvePatchTarget } from './resolve-patch-target.js';
import { findContainer } from './resource-containers.js';
import { writeAttributeTarget } from './write-attribute-target.js';
import { writeFilteredTarget } from './write-filtered-target.js';

/** Applies one operation to `resource`, which it changes in place. */
export function applyOperation(
  resource: ScimResource,
  operation: PatchOperation,
  context: PatchContext,
): void {
  if (operation.path !== undefined) {
    const target = resolvePatchTarget(operation.path, operation, context);
    applyToTarget(resource, operation, target, context);
    return;
  }

  // RFC 7644 section 3.5.2.2: a remove without a path is 400 noTarget.
  if (operation.op === 'remove') {
    throw new NoTargetError(
      `${describeOperation(operation)} needs a "path" naming what to remove.`,
    );
  }

  for (const { step, target } of planPathlessSteps(operation, context)) {
    applyToTarget(resource, step, target, context);
  }
}

function applyToTarget(
  resource: ScimResource,
  operation: PatchOperation,
  target: PatchTarget,
  context: PatchContext,
): void {
  switch (target.kind) {
    case 'ignored':
      noteIgnoredTarget(target, operation, context);
      return;
    case 'extension':
      applyToExtension(resource, operation, target, context);
      return;
    case 'attribute':
      applyToAttribute(resource, operation, target, context);
      return;
  }
}

function applyToAttribute(
  resource: ScimResource,
  operation: PatchOperation,
  target: AttributeTarget,
  context: PatchContext,
): void {
  const { schema, attribute, subAttribute, filter } = target;
  const listOf = (): unknown[] =>
    readList(findContainer(resource, schema, context.resourceType), attribute);
  const primaryBefore = findPrimaryElements(attribute.multiValued ? listOf() : []);

  const given = removalValue(operation);
  if (operation.op === 'remove' && given !== undefined) context.noteRule('remove-with-value');

  if (operation.op === 'remove') {
    removeFromTarget(resource, target, given, operation, context);
  } else if (isClearingValue(operation.value, subAttribute ?? attribute)) {
    removeFromTarget(resource, target, undefined, operation, context);
  } else if (filter !== undefined) {
    writeFilteredTarget(resource, operation, target, filter, context);
  } else {
    writeAttributeTarget(resource, operation, target, context);
  }

  if (attribute.multiValued) enforceSinglePrimary(listOf(), primaryBefore, attribute, operation);
}

// An extension URN as the path names the extension object: a value gives
// its attributes one by one, merged like the sub-attributes of a complex
// attribute (RFC 7644 section 3.5.2.3); no value, null or "" clears it.
function applyToExtension(
  resource: ScimResource,
  operation: PatchOperation,
  target: ExtensionTarget,
  context: PatchContext,
): void {
  const { schema } = target;
  const { value } = operation;
  const clears =
    operation.op === 'remove'
      ? removalValue(operation) === undefined
      : value === null || value === '';

  if (clears) {
    delete resource[schema.id];
    return;
  }
  if (!isPlainObject(value)) {
    throw invalidValue(operation, `the value of ${schema.id} must be an object of its attributes`);
  }

  for (const [key, entry] of Object.entries(value)) {
    const path = `${schema.id}:${key}`;
    const step: PatchOperation = { ...operation, path, value: entry };
    const attribute = findAttribute(schema.attributes, key);
    const keyTarget: PatchTarget =
      attribute === undefined
        ? { kind: 'ignored', text: path }
        : checkMutability({ kind: 'attribute', schema, attribute }, step);
    applyToTarget(resource, step, keyTarget, context);
  }
}

// Systam policy: an attribute it does not keep is accepted and ignored,
// never a reason to fail the request (a disable must not be lost to it).
function noteIgnoredTarget(
  target: IgnoredTarget,
  operation: PatchOperation,
  context: PatchContext,
): void {
  const paths =
    operation.op === 'remove'
      ? [target.text]
      : listIgnoredAttributes(target.text, operation.value, context.resourceType);
  for (const path of paths) context.noteIgnored(path);
}

// The value of a remove, when it carries one worth comparing with.
function removalValue(operation: PatchOperation): unknown {
  const { value } = operation;
  if (operation.op !== 'remove' || !operation.hasValue) return undefined;
  return value === null || value === '' ? undefined : value;
}
