import type { ResourceType } from '../schema/scim-schema.js';
import type { ScimResource } from '../resource/scim-resource.js';
import { applyOperation } from './apply-operation.js';
import type { CompatibilityRule } from './compatibility-rule.js';
import { PatchContext } from './patch-context.js';
import { readPatchOperation } from './patch-operation.js';

export interface PatchResult {
  /** The patched copy; the resource passed in is never changed. */
  readonly resource: ScimResource;
  /** Display paths of attributes Systam does not keep that the request named. */
  readonly ignoredAttributes: string[];
  /** The Entra ID compatibility rules that fired, in the order they first did. */
  readonly appliedRules: CompatibilityRule[];
}

/**
 * Applies the Operations of a PATCH request (RFC 7644 section 3.5.2) to a
 * resource. The caller has checked the PatchOp envelope; the result still
 * has to pass schema validation.
 *
 * Every operation works on one copy, and any failure throws a ScimError
 * (400 invalidSyntax, invalidPath, noTarget, mutability or invalidValue):
 * the operations of a request apply all together or not at all.
 */
export function applyPatch(
  resource: ScimResource,
  operations: readonly unknown[],
  resourceType: ResourceType,
): PatchResult {
  const context = new PatchContext(resourceType);
  const patched = structuredClone(resource);

  // RFC 7644 section 3.5.2 asks for at least one operation, but Microsoft's
  // validator sends none and expects success.
  if (operations.length === 0) context.noteRule('empty-operations');

  operations.forEach((raw, index) => {
    applyOperation(patched, readPatchOperation(raw, index, context), context);
  });

  return {
    resource: patched,
    ignoredAttributes: context.ignoredAttributes,
    appliedRules: context.appliedRules,
  };
}
