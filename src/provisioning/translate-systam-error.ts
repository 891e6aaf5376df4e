import { currentRequestContext } from '../observability/request-context.js';
import {
  BadGatewayError,
  ForbiddenError,
  GatewayTimeoutError,
  InvalidValueError,
  NotFoundError,
  PayloadTooLargeError,
  PreconditionFailedError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UniquenessError,
  type ScimError,
} from '../scim/errors.js';
import {
  SystamApiError,
  SystamTimeoutError,
  SystamUnreachableError,
  type SystamError,
} from '../upstream/systam-errors.js';

type Translation = (error: SystamApiError) => ScimError;

// The request id lets the operator find the gateway's log line, which holds
// the upstream code and message the detail must not show.
function contactSystam(): string {
  const requestId = currentRequestContext()?.requestId;
  const reference = requestId === undefined ? 'the request id' : `request id ${requestId}`;
  return (
    "Systam refused the gateway's request for a reason the gateway or its configuration " +
    `must fix; check the gateway's Systam settings, or contact the Systam team with ${reference}.`
  );
}

// Retry-After when Systam throttles or pauses without saying for how long.
const defaultRetryAfterSeconds = 5;

/**
 * The one table that turns Systam API answers into SCIM errors (Systam
 * policies, "Errors"). Codes that mean the gateway or its configuration is
 * wrong become 502, never a 404: Entra quarantines a job whose queries
 * answer 404.
 */
const translations: Readonly<Record<string, Translation>> = {
  ORGANIZATION_OWNER_PROTECTED: () =>
    new ForbiddenError(
      'This user is a Systam Organization Owner and is protected: owners cannot be changed or ' +
        'deleted through SCIM. Change the owner in Systam, or remove the user from provisioning.',
    ),
  USER_NOT_FOUND: () => new NotFoundError('The user does not exist in Systam.'),
  EMAIL_TAKEN: (error) =>
    new UniquenessError(
      `The email address ${quoted(requested(error, 'email'))}is already used by another ` +
        'Systam account; give this user a different work email.',
    ),
  SCIM_USERNAME_TAKEN: (error) =>
    new UniquenessError(
      `The userName ${quoted(requestedUserName(error))}is already used by another user ` +
        'of this tenant.',
    ),
  VERSION_MISMATCH: () =>
    new PreconditionFailedError(
      'The user was changed by someone else in the meantime; read it again and retry.',
    ),
  WORKSPACE_NOT_FOUND: () =>
    new InvalidValueError(
      'urn:ietf:params:scim:schemas:extension:systam:2.0:User:primaryWorkspace names a ' +
        'workspace that no longer exists in Systam; choose an existing workspace identifier.',
    ),
  INVALID_EMAIL: () =>
    new InvalidValueError('Systam does not accept one of the email addresses as valid.'),
  INVALID_PHONE: () =>
    new InvalidValueError(
      'Systam does not accept one of the phone numbers: use digits, spaces, dashes, dots, ' +
        'parentheses and an optional leading +.',
    ),
  INVALID_LANGUAGE: () =>
    new InvalidValueError(
      'Systam does not accept preferredLanguage: use a BCP 47 language tag such as en-US.',
    ),
  PAYLOAD_TOO_LARGE: () =>
    new PayloadTooLargeError('The request is too large for Systam; send fewer or shorter values.'),
  RATE_LIMITED: (error) =>
    new TooManyRequestsError('Systam is throttling requests; retry after the indicated time.', {
      cause: error,
      retryAfterSeconds: error.retryAfterSeconds ?? defaultRetryAfterSeconds,
    }),
  UNAVAILABLE: (error) =>
    new ServiceUnavailableError('Systam is temporarily unavailable; retry later.', {
      cause: error,
      retryAfterSeconds: error.retryAfterSeconds ?? defaultRetryAfterSeconds,
    }),
};

// The error codes each status may carry; a code under another status breaks
// the contract as much as an unknown code does.
const statusOfCode: Readonly<Record<string, number>> = {
  ORGANIZATION_OWNER_PROTECTED: 403,
  USER_NOT_FOUND: 404,
  EMAIL_TAKEN: 409,
  SCIM_USERNAME_TAKEN: 409,
  VERSION_MISMATCH: 412,
  PAYLOAD_TOO_LARGE: 413,
  WORKSPACE_NOT_FOUND: 422,
  INVALID_EMAIL: 422,
  INVALID_PHONE: 422,
  INVALID_LANGUAGE: 422,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

const throttling = ['RATE_LIMITED', 'UNAVAILABLE'];
const refusedValues = [
  'EMAIL_TAKEN',
  'SCIM_USERNAME_TAKEN',
  'WORKSPACE_NOT_FOUND',
  'INVALID_EMAIL',
  'INVALID_PHONE',
  'INVALID_LANGUAGE',
  'PAYLOAD_TOO_LARGE',
];

// The codes each operation can meaningfully answer. A code from the wrong
// call (USER_NOT_FOUND from a list, say) says the upstream or the gateway is
// broken, not the client's request, so it becomes 502 like any other
// contract break; above all it must never turn a query into a 404.
const codesOfOperation: Readonly<Record<string, ReadonlySet<string>>> = {
  listUsers: new Set(throttling),
  listWorkspaces: new Set(throttling),
  getUser: new Set(['USER_NOT_FOUND', ...throttling]),
  createUser: new Set([...refusedValues, ...throttling]),
  updateUser: new Set([
    ...refusedValues,
    'ORGANIZATION_OWNER_PROTECTED',
    'USER_NOT_FOUND',
    'VERSION_MISMATCH',
    ...throttling,
  ]),
  deleteUser: new Set([
    'ORGANIZATION_OWNER_PROTECTED',
    'USER_NOT_FOUND',
    'VERSION_MISMATCH',
    ...throttling,
  ]),
  linkUser: new Set(['USER_NOT_FOUND', 'SCIM_USERNAME_TAKEN', 'PAYLOAD_TOO_LARGE', ...throttling]),
};

export function translateSystamError(error: SystamError): ScimError {
  if (error instanceof SystamTimeoutError) {
    return new GatewayTimeoutError('Systam did not answer in time; retry later.', { cause: error });
  }
  if (error instanceof SystamUnreachableError) {
    return new ServiceUnavailableError('Systam cannot be reached right now; retry later.', {
      cause: error,
      retryAfterSeconds: defaultRetryAfterSeconds,
    });
  }

  const translate =
    error instanceof SystamApiError && isExpectedAnswer(error)
      ? translations[error.code]
      : undefined;
  return (
    translate?.(error as SystamApiError) ?? new BadGatewayError(contactSystam(), { cause: error })
  );
}

function isExpectedAnswer(error: SystamApiError): boolean {
  const expectedCodes = codesOfOperation[error.call.operation];
  return statusOfCode[error.code] === error.status && expectedCodes?.has(error.code) === true;
}

function requested(error: SystamApiError, field: string): unknown {
  const body = error.call.requestBody as Record<string, unknown> | undefined;
  return body?.[field];
}

function requestedUserName(error: SystamApiError): unknown {
  const body = error.call.requestBody as { userName?: unknown; scimLink?: { userName?: unknown } };
  return body?.scimLink?.userName ?? body?.userName;
}

function quoted(value: unknown): string {
  return typeof value === 'string' && value.length <= 254 ? `"${value}" ` : '';
}
