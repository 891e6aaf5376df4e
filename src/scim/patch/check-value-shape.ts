import { InvalidValueError } from '../errors.js';
import { coerceBooleanString } from '../resource/coerce-boolean-string.js';
import { normalizeSingleValue } from '../resource/normalize-attribute-value.js';
import { isPlainObject } from '../resource/scim-resource.js';
import { findAttribute, type AttributeDefinition } from '../schema/scim-schema.js';
import type { PatchContext } from './patch-context.js';
import { describeOperation, shorten, type PatchOperation } from './patch-operation.js';

/**
 * Checks a value written to a simple (not complex) attribute and returns
 * it as stored. "True"/"False" strings of a boolean attribute become
 * booleans (boolean-strings rule); anything else of the wrong JSON type is
 * 400 invalidValue naming `displayPath`.
 */
export function prepareSimpleValue(
  value: unknown,
  attribute: AttributeDefinition,
  displayPath: string,
  operation: PatchOperation,
  context: PatchContext,
): unknown {
  if (typeof value === 'object' && value !== null) {
    const shape = Array.isArray(value) ? 'a list' : 'an object';
    throw invalidValue(operation, `${displayPath} takes a single value, not ${shape}`);
  }

  if (attribute.type === 'boolean') return prepareBoolean(value, displayPath, operation, context);

  const expected = expectedType(attribute);
  if (!expected.test(value)) {
    throw invalidValue(operation, `${displayPath} must be ${expected.name}, not ${quote(value)}`);
  }
  return value;
}

/**
 * Checks one element of a multi-valued attribute after normalisation: a
 * complex attribute needs an object whose sub-attributes have the right
 * types, a simple one a single value.
 */
export function checkElement(
  element: unknown,
  attribute: AttributeDefinition,
  displayPath: string,
  operation: PatchOperation,
  context: PatchContext,
): unknown {
  if (attribute.type !== 'complex') {
    return prepareSimpleValue(element, attribute, displayPath, operation, context);
  }

  if (!isPlainObject(element)) {
    throw invalidValue(operation, `each value of ${displayPath} must be an object`);
  }
  for (const [name, value] of Object.entries(element)) {
    const subAttribute = findAttribute(attribute.subAttributes, name);
    if (subAttribute === undefined) continue;

    const subPath = `${displayPath}.${subAttribute.name}`;
    element[name] = prepareSimpleValue(value, subAttribute, subPath, operation, context);
  }
  return element;
}

/** 400 invalidValue: "<operation>: <problem>." */
export function invalidValue(operation: PatchOperation, problem: string): InvalidValueError {
  return new InvalidValueError(`${describeOperation(operation)}: ${problem}.`);
}

function prepareBoolean(
  value: unknown,
  displayPath: string,
  operation: PatchOperation,
  context: PatchContext,
): boolean {
  if (typeof value === 'boolean') return value;

  const coerced = coerceBooleanString(value);
  if (coerced === undefined) {
    throw invalidValue(operation, `${displayPath} must be true or false, not ${quote(value)}`);
  }

  context.noteRule('boolean-strings');
  return coerced;
}

interface ExpectedType {
  readonly name: string;
  readonly test: (value: unknown) => boolean;
}

function expectedType(attribute: AttributeDefinition): ExpectedType {
  switch (attribute.type) {
    case 'integer':
      return { name: 'an integer', test: (value) => Number.isInteger(value) };
    case 'decimal':
      return { name: 'a number', test: (value) => typeof value === 'number' };
    default:
      return { name: 'a string', test: (value) => typeof value === 'string' };
  }
}

function quote(value: unknown): string {
  return typeof value === 'string' ? `"${shorten(value)}"` : String(value);
}

// A multi-valued attribute of a user holds a handful of values; a bound far
// above any real one keeps comparing values with each other cheap.
const maxValuesPerAttribute = 100;

/**
 * Normalises and checks values written to a multi-valued attribute:
 * canonical sub-attribute names, booleans read from strings, unknown
 * sub-attributes dropped and reported, nulls left out.
 */
export function prepareElements(
  values: readonly unknown[],
  attribute: AttributeDefinition,
  displayPath: string,
  operation: PatchOperation,
  context: PatchContext,
): unknown[] {
  if (values.length > maxValuesPerAttribute) {
    throw invalidValue(
      operation,
      `${displayPath} takes at most ${maxValuesPerAttribute} values, not ${values.length}`,
    );
  }

  const normalized = context.normalize((report) =>
    values.map((value) => normalizeSingleValue(value, attribute, displayPath, report)),
  );

  return normalized
    .filter((element) => element !== undefined)
    .map((element) => checkElement(element, attribute, displayPath, operation, context));
}
