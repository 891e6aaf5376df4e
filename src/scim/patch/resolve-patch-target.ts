import { InvalidPathError, MutabilityError, ScimError } from '../errors.js';
import type { FilterNode, PatchPath } from '../filter/filter-ast.js';
import { parsePatchPath } from '../filter/parse-patch-path.js';
import { compileValueFilter } from '../filter/value-filter.js';
import { resolveAttributePath } from '../schema/attribute-path.js';
import {
  findAttribute,
  type AttributeDefinition,
  type ResourceType,
} from '../schema/scim-schema.js';
import type { PatchContext } from './patch-context.js';
import { describeOperation, type PatchOperation } from './patch-operation.js';
import type { AttributeTarget, PatchTarget } from './patch-target.js';

/**
 * Resolves the path of an operation (RFC 7644 section 3.5.2: attrPath,
 * attrPath[valFilter] or attrPath[valFilter].subAttr) against the resource
 * type. Throws 400 invalidPath for a malformed path or filter and 400
 * mutability for a read-only target; a path naming an attribute Systam does
 * not keep resolves to an ignored target.
 */
export function resolvePatchTarget(
  text: string,
  operation: PatchOperation,
  context: PatchContext,
): PatchTarget {
  const path = parsePath(text, operation);
  const attributePath = joinAttributePath(path);
  const resolved = resolveAttributePath(context.resourceType, attributePath);

  if (resolved.kind === 'unknown') {
    checkReadOnlyParent(attributePath, operation, context.resourceType);
    return { kind: 'ignored', text };
  }
  noteLegacySeparator(path.attributePath, context);

  if (resolved.kind === 'extension') {
    if (path.valueFilter !== undefined) throw filterNeedsMultiValued(operation);
    return { kind: 'extension', schema: resolved.schema };
  }

  const { schema, attribute, subAttribute } = resolved;
  if (path.valueFilter === undefined) {
    return checkMutability({ kind: 'attribute', schema, attribute, subAttribute }, operation);
  }

  if (subAttribute !== undefined || !attribute.multiValued) {
    throw filterNeedsMultiValued(operation);
  }
  const node = path.valueFilter;
  const filter = { node, matches: compileFilter(node, attribute, operation, context) };
  if (path.subAttribute === undefined) {
    return checkMutability({ kind: 'attribute', schema, attribute, filter }, operation);
  }

  const filteredSubAttribute = findAttribute(attribute.subAttributes, path.subAttribute);
  if (filteredSubAttribute === undefined) return { kind: 'ignored', text };
  return checkMutability(
    { kind: 'attribute', schema, attribute, subAttribute: filteredSubAttribute, filter },
    operation,
  );
}

/**
 * RFC 7644 section 3.5.2: a client must not change a read-only attribute
 * such as `id` or `meta`; doing so is 400 mutability.
 */
export function checkMutability(
  target: AttributeTarget,
  operation: PatchOperation,
): AttributeTarget {
  const readOnly =
    target.attribute.mutability === 'readOnly' || target.subAttribute?.mutability === 'readOnly';
  if (readOnly) throw readOnlyError(operation);
  return target;
}

function parsePath(text: string, operation: PatchOperation): PatchPath {
  try {
    return parsePatchPath(text);
  } catch (error) {
    throw asInvalidPath(error, operation);
  }
}

// Without a filter, `attr.sub` is an attribute path of its own (RFC 7644
// section 3.10), whichever way the parser split it.
function joinAttributePath(path: PatchPath): string {
  if (path.valueFilter !== undefined || path.subAttribute === undefined) {
    return path.attributePath;
  }
  return `${path.attributePath}.${path.subAttribute}`;
}

function compileFilter(
  node: FilterNode,
  attribute: AttributeDefinition,
  operation: PatchOperation,
  context: PatchContext,
): (element: unknown) => boolean {
  try {
    return compileValueFilter(node, attribute, context.resourceType);
  } catch (error) {
    throw asInvalidPath(error, operation);
  }
}

// `meta.anything` is still an attempt to change meta, even when the
// sub-attribute is not one the schema lists.
function checkReadOnlyParent(
  attributePath: string,
  operation: PatchOperation,
  resourceType: ResourceType,
): void {
  const lastDot = attributePath.lastIndexOf('.');
  if (lastDot < 0) return;

  const parent = resolveAttributePath(resourceType, attributePath.slice(0, lastDot));
  if (parent.kind === 'attribute' && parent.attribute.mutability === 'readOnly') {
    throw readOnlyError(operation);
  }
}

// Entra ID jobs created before December 2018 join an extension URN to its
// attribute with "." (urn:…:2.0:User.primaryWorkspace) where RFC 7644
// section 3.10 has ":".
function noteLegacySeparator(attributePath: string, context: PatchContext): void {
  const { resourceType } = context;
  const urns = [resourceType.schema, ...resourceType.extensions.map((e) => e.schema)].map(
    (schema) => schema.id.toLowerCase(),
  );
  const lowered = attributePath.toLowerCase();

  if (urns.some((urn) => lowered.startsWith(`${urn}.`))) context.noteRule('legacy-urn-separator');
}

function filterNeedsMultiValued(operation: PatchOperation): InvalidPathError {
  return new InvalidPathError(
    `${describeOperation(operation)}: a [filter] may only follow a multi-valued attribute ` +
      'such as emails.',
  );
}

function readOnlyError(operation: PatchOperation): MutabilityError {
  return new MutabilityError(
    `${describeOperation(operation)}: the attribute is read-only; leave it out of the request.`,
  );
}

// The parser's or the filter's own sentence says what is wrong and where;
// it goes after the part that names the operation.
function asInvalidPath(error: unknown, operation: PatchOperation): unknown {
  if (!(error instanceof ScimError)) return error;

  const reason = error.detail.replace(/^[A-Z](?=[a-z])/, (letter) => letter.toLowerCase());
  return new InvalidPathError(`${describeOperation(operation)}: ${reason}`, { cause: error });
}
