import { MutabilityError } from '../errors.js';
import { isPlainObject } from '../resource/scim-resource.js';
import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';
import { invalidValue, prepareSimpleValue } from './check-value-shape.js';
import { isClearingValue } from './clearing-value.js';
import type { PatchContext } from './patch-context.js';
import { describeOperation, type PatchOperation } from './patch-operation.js';

/**
 * Writes the sub-attributes given in `value` into `holder` (a complex value,
 * or one element of a multi-valued attribute): RFC 7644 section 3.5.2.3 has
 * the given sub-attributes replaced or added and the others left as they
 * were. A sub-attribute set to null or "" is cleared.
 */
export function mergeSubAttributes(
  holder: Record<string, unknown>,
  attribute: AttributeDefinition,
  value: unknown,
  displayPath: string,
  operation: PatchOperation,
  context: PatchContext,
): void {
  if (!isPlainObject(value)) {
    throw invalidValue(operation, `${displayPath} takes an object of sub-attributes`);
  }

  for (const [name, entry] of Object.entries(value)) {
    const subAttribute = findAttribute(attribute.subAttributes, name);
    if (subAttribute === undefined) {
      if (entry !== null) context.noteIgnored(`${displayPath}.${name}`);
      continue;
    }

    if (subAttribute.mutability === 'readOnly') {
      throw new MutabilityError(
        `${describeOperation(operation)}: ${displayPath}.${subAttribute.name} is read-only; ` +
          'leave it out of the request.',
      );
    }

    const subPath = `${displayPath}.${subAttribute.name}`;
    if (isClearingValue(entry, subAttribute)) {
      delete holder[subAttribute.name];
      continue;
    }
    holder[subAttribute.name] = prepareSimpleValue(
      entry,
      subAttribute,
      subPath,
      operation,
      context,
    );
  }
}
