import { fullFormats } from 'ajv-formats/dist/formats.js';

import { isLanguageTag } from './language-tag.js';
import type { SimulatorErrorCode } from './simulator-error.js';
import type { UserFields } from './user-record.js';

export interface FieldRuleViolation {
  readonly code: Extract<
    SimulatorErrorCode,
    'INVALID_EMAIL' | 'INVALID_PHONE' | 'INVALID_LANGUAGE' | 'WORKSPACE_NOT_FOUND'
  >;
  readonly field: keyof UserFields;
  readonly message: string;
}

// The very definition behind the contract's `format: email`, so that every
// address the simulator accepts also passes the User schema it answers with.
const emailFormat = toRegExp(fullFormats.email);

// A plausible phone number: an optional leading "+", then only digits and the
// separators people write (space, hyphen, dot, parentheses), with at least
// three digits. Systam stores it as given, so no form is preferred.
const phoneCharacters = /^\+?[0-9 ().-]+$/;
const minimumPhoneDigits = 3;

/**
 * The first value that breaks Systam's field rules (422), checking only the
 * members present: a merge patch leaves the others as they are.
 */
export function findFieldRuleViolation(
  fields: UserFields,
  hasWorkspace: (workspaceId: string) => boolean,
): FieldRuleViolation | undefined {
  for (const field of ['email', 'secondaryEmail'] as const) {
    const value = fields[field];
    if (typeof value === 'string' && !isEmailAddress(value)) {
      return { code: 'INVALID_EMAIL', field, message: `${field} is not a valid email address` };
    }
  }

  for (const field of ['phone', 'secondaryPhone'] as const) {
    const value = fields[field];
    if (typeof value === 'string' && !isPhoneNumber(value)) {
      return { code: 'INVALID_PHONE', field, message: `${field} is not a plausible phone number` };
    }
  }

  if (typeof fields.language === 'string' && !isLanguageTag(fields.language)) {
    const message = 'language is not a BCP 47 language tag';
    return { code: 'INVALID_LANGUAGE', field: 'language', message };
  }

  const workspaceId = fields.primaryWorkspaceId;
  if (workspaceId !== undefined && !hasWorkspace(workspaceId)) {
    const message = 'primaryWorkspaceId names no workspace of the organization';
    return { code: 'WORKSPACE_NOT_FOUND', field: 'primaryWorkspaceId', message };
  }
  return undefined;
}

export function isEmailAddress(value: string): boolean {
  return emailFormat.test(value);
}

export function isPhoneNumber(value: string): boolean {
  if (!phoneCharacters.test(value)) return false;
  return value.replace(/[^0-9]/g, '').length >= minimumPhoneDigits;
}

function toRegExp(format: unknown): RegExp {
  if (format instanceof RegExp) return format;
  throw new TypeError('ajv-formats no longer defines the email format as a regular expression');
}
