import { InvalidSyntaxError } from '../errors.js';
import { isPlainObject } from '../resource/scim-resource.js';
import type { PatchContext } from './patch-context.js';

export type PatchOpName = 'add' | 'remove' | 'replace';

/** One entry of Operations, checked and with its op name in canonical form. */
export interface PatchOperation {
  /** Position in Operations, counted from 1 as an administrator reads it. */
  readonly number: number;
  readonly op: PatchOpName;
  readonly path: string | undefined;
  readonly hasValue: boolean;
  readonly value: unknown;
}

const opNames: readonly PatchOpName[] = ['add', 'remove', 'replace'];
const maxQuotedLength = 80;

/** Reads entry `index` (0-based) of Operations; throws 400 invalidSyntax when it is malformed. */
export function readPatchOperation(
  raw: unknown,
  index: number,
  context: PatchContext,
): PatchOperation {
  const number = index + 1;
  if (!isPlainObject(raw)) {
    throw new InvalidSyntaxError(
      `Operation ${number} must be an object with "op", "path" and "value".`,
    );
  }

  const op = readOpName(raw['op'], number, context);
  const path = readPath(raw['path'], number, op);
  const hasValue = 'value' in raw;
  const operation: PatchOperation = { number, op, path, hasValue, value: raw['value'] };

  // RFC 7644 sections 3.5.2.1 and 3.5.2.3: add and replace carry a value.
  if (op !== 'remove' && !hasValue) {
    throw new InvalidSyntaxError(
      `${describeOperation(operation)} has no "value"; add and replace need one.`,
    );
  }
  return operation;
}

/** "Operation 2 (replace) on emails[type eq "work"].value", the start of every error detail. */
export function describeOperation(operation: PatchOperation): string {
  const start = `Operation ${operation.number} (${operation.op})`;
  if (operation.path === undefined) return start;
  return `${start} on ${operation.path === '' ? '""' : shorten(operation.path)}`;
}

/** Shortens client text quoted in a detail, which must stay one short sentence. */
export function shorten(text: string): string {
  return text.length > maxQuotedLength ? `${text.slice(0, maxQuotedLength)}…` : text;
}

function readOpName(value: unknown, number: number, context: PatchContext): PatchOpName {
  if (typeof value !== 'string') {
    throw new InvalidSyntaxError(
      `Operation ${number} has no "op"; use "add", "remove" or "replace".`,
    );
  }

  const lowered = value.toLowerCase();
  const op = opNames.find((name) => name === lowered);
  if (op === undefined) {
    throw new InvalidSyntaxError(
      `Operation ${number} has op "${shorten(value)}", which SCIM does not define; ` +
        'use "add", "remove" or "replace".',
    );
  }

  // RFC 7644 section 3.5.2 writes op values in lower case; Entra ID sends "Replace".
  if (value !== op) context.noteRule('op-name-any-case');
  return op;
}

function readPath(value: unknown, number: number, op: PatchOpName): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    throw new InvalidSyntaxError(`Operation ${number} (${op}) has a "path" that is not a string.`);
  }
  return value;
}
