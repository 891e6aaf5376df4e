import { findAttribute, findSchema } from '../schema/scim-schema.js';
import { isPlainObject } from '../resource/scim-resource.js';
import { invalidValue } from './check-value-shape.js';
import type { PatchContext } from './patch-context.js';
import type { PatchOperation } from './patch-operation.js';
import type { PatchTarget } from './patch-target.js';
import { checkMutability, resolvePatchTarget } from './resolve-patch-target.js';

/** One key of a path-less value object, as an operation of its own. */
export interface PathlessStep {
  readonly step: PatchOperation;
  readonly target: PatchTarget;
}

const pathCharacters = /[.:[]/;

/**
 * Splits a path-less add or replace, whose value is an object of
 * attributes (RFC 7644 sections 3.5.2.1 and 3.5.2.3), into one step per
 * key. A key is an attribute name or an extension URN whose value is an
 * object of that extension's attributes; `schemas` is not an attribute and
 * is skipped. Entra ID also writes paths as keys (pathless-value-paths).
 */
export function planPathlessSteps(
  operation: PatchOperation,
  context: PatchContext,
): PathlessStep[] {
  const { value } = operation;
  if (!isPlainObject(value)) {
    throw invalidValue(operation, 'without a path, the value must be an object of attributes');
  }

  return Object.entries(value)
    .filter(([key]) => key.toLowerCase() !== 'schemas')
    .map(([key, entry]) => {
      const step: PatchOperation = { ...operation, path: key, value: entry };
      return { step, target: resolveKey(key, step, context) };
    });
}

function resolveKey(key: string, step: PatchOperation, context: PatchContext): PatchTarget {
  const { resourceType } = context;
  const coreSchema = resourceType.schema;

  const attribute = findAttribute(coreSchema.attributes, key);
  if (attribute !== undefined) {
    return checkMutability({ kind: 'attribute', schema: coreSchema, attribute }, step);
  }

  const schema = findSchema(resourceType, key);
  if (schema !== undefined && schema !== coreSchema) return { kind: 'extension', schema };

  // aadOptscim062020 writes "name.givenName", URN-qualified names and even
  // filtered paths as keys. A plain name Systam does not keep is ignored.
  if (!pathCharacters.test(key)) return { kind: 'ignored', text: key };

  const target = resolvePatchTarget(key, step, context);
  if (target.kind !== 'ignored') context.noteRule('pathless-value-paths');
  return target;
}
