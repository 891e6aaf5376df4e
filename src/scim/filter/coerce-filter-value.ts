import { InvalidFilterError } from '../errors.js';
import type { AttributeType } from '../schema/scim-schema.js';
import type { BoundAttributePath, BoundValue } from './bound-filter.js';
import type { ComparisonNode, ComparisonOperator } from './filter-ast.js';
import { parseDateTime } from './parse-date-time.js';

export interface CoercedValue {
  readonly value: BoundValue;
  readonly instant?: bigint;
}

const orderingOperators: ReadonlySet<ComparisonOperator> = new Set(['gt', 'ge', 'lt', 'le']);
const substringOperators: ReadonlySet<ComparisonOperator> = new Set(['co', 'sw', 'ew']);
const substringTypes: ReadonlySet<AttributeType> = new Set(['string', 'reference']);

// Looser than JSON on purpose: Entra quotes every value, and "0042" is 42.
const numericText = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const typeDescriptions: Readonly<Record<AttributeType, string>> = {
  string: 'a string',
  boolean: 'a boolean',
  decimal: 'a decimal number',
  integer: 'an integer',
  dateTime: 'a dateTime',
  reference: 'a reference',
  complex: 'complex',
  binary: 'binary',
};

/**
 * Converts the value of a comparison to the type of the attribute it is
 * compared with, and checks that the operator makes sense for that type.
 *
 * @throws InvalidFilterError naming the attribute and what to write instead.
 */
export function coerceFilterValue(
  comparison: ComparisonNode,
  path: BoundAttributePath,
): CoercedValue {
  const { operator } = comparison;
  const type = path.target.type;

  // RFC 7643 section 2.5: null stands for "unassigned", which a value can
  // only be or not be.
  if (comparison.value === null) {
    if (operator === 'eq' || operator === 'ne') return { value: null };
    throw new InvalidFilterError(
      `Filter compares ${path.name} with null using "${operator}"; only eq and ne work with null.`,
    );
  }

  checkOperator(operator, path);
  switch (type) {
    case 'boolean':
      return { value: toBoolean(comparison, path) };
    case 'integer':
    case 'decimal':
      return { value: toNumber(comparison, path) };
    case 'dateTime':
      return toDateTime(comparison, path);
    default:
      return { value: toText(comparison) };
  }
}

function checkOperator(operator: ComparisonOperator, path: BoundAttributePath): void {
  const type = path.target.type;

  // RFC 7644 section 3.4.2.2: gt, ge, lt and le on boolean or binary
  // attributes fail with invalidFilter.
  if (orderingOperators.has(operator) && (type === 'boolean' || type === 'binary')) {
    throw new InvalidFilterError(
      `Filter uses "${operator}" on ${path.name}, which is ${typeDescriptions[type]}; ` +
        'use eq or ne.',
    );
  }
  if (substringOperators.has(operator) && !substringTypes.has(type)) {
    throw new InvalidFilterError(
      `Filter uses "${operator}" on ${path.name}, which is ${typeDescriptions[type]}; ` +
        'co, sw and ew work only on strings.',
    );
  }
}

// Entra writes booleans as "True" and "False"; any letter case is accepted.
function toBoolean(comparison: ComparisonNode, path: BoundAttributePath): boolean {
  const { value } = comparison;
  if (typeof value === 'boolean') return value;

  const text = String(value).toLowerCase();
  if (text === 'true' || text === 'false') return text === 'true';
  throw new InvalidFilterError(
    `Filter compares ${path.name}, a boolean, with ${quote(comparison)}; compare it with ` +
      'true or false.',
  );
}

function toNumber(comparison: ComparisonNode, path: BoundAttributePath): number {
  const { value } = comparison;
  const number =
    typeof value === 'string' && numericText.test(value.trim()) ? Number(value) : value;

  const isInteger = path.target.type === 'integer';
  if (
    typeof number === 'number' &&
    Number.isFinite(number) &&
    (!isInteger || Number.isInteger(number))
  ) {
    return number;
  }
  throw new InvalidFilterError(
    `Filter compares ${path.name}, ${typeDescriptions[path.target.type]}, with ` +
      `${quote(comparison)}; compare it with ${isInteger ? 'a whole number' : 'a number'}.`,
  );
}

function toDateTime(comparison: ComparisonNode, path: BoundAttributePath): CoercedValue {
  const text = toText(comparison);
  const instant = parseDateTime(text);
  if (instant !== undefined) return { value: text, instant };

  throw new InvalidFilterError(
    `Filter compares ${path.name} with ${quote(comparison)}, which is not an RFC 3339 ` +
      'date-time such as 2024-05-01T12:00:00Z.',
  );
}

// A string attribute compared with an unquoted token or a number uses the
// literal text, so that `externalId eq 0042` keeps its leading zeros.
function toText(comparison: ComparisonNode): string {
  const { value } = comparison;
  if (typeof value === 'string') return value;
  return comparison.unquotedText ?? String(value);
}

function quote(comparison: ComparisonNode): string {
  const text = toText(comparison);
  const shortened = text.length > 40 ? `${text.slice(0, 40)}…` : text;
  return typeof comparison.value === 'string' && comparison.unquotedText === undefined
    ? JSON.stringify(shortened)
    : shortened;
}
