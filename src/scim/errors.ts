/**
 * The gateway's one error vocabulary. Every failure a client can see is a
 * ScimError; the HTTP layer turns it into an RFC 7644 section 3.12 Error body.
 */

/** The scimType values of RFC 7644 section 3.12, Table 9. */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

// RFC 7644 section 3.12 pairs each scimType with one status.
const statusOfScimType: Record<ScimType, number> = {
  invalidFilter: 400,
  tooMany: 400,
  uniqueness: 409,
  mutability: 400,
  invalidSyntax: 400,
  invalidPath: 400,
  noTarget: 400,
  invalidValue: 400,
  invalidVers: 400,
  sensitive: 403,
};

export interface ScimErrorOptions {
  cause?: unknown;
  /** Seconds a client should wait before retrying (429 and 503). */
  retryAfterSeconds?: number;
}

export class ScimError extends Error {
  override readonly name: string = 'ScimError';
  readonly status: number;
  readonly scimType: ScimType | undefined;
  readonly code: string;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    status: number,
    code: string,
    detail: string,
    scimType?: ScimType,
    options: ScimErrorOptions = {},
  ) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });

    if (scimType !== undefined && statusOfScimType[scimType] !== status) {
      throw new TypeError(`scimType ${scimType} requires status ${statusOfScimType[scimType]}`);
    }

    this.status = status;
    this.code = code;
    this.scimType = scimType;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }

  /** The sentence shown to the administrator, verbatim, in the client's logs. */
  get detail(): string {
    return this.message;
  }
}

export class InvalidFilterError extends ScimError {
  override readonly name = 'InvalidFilterError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_INVALID_FILTER', detail, 'invalidFilter', options);
  }
}

export class TooManyError extends ScimError {
  override readonly name = 'TooManyError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_TOO_MANY', detail, 'tooMany', options);
  }
}

export class UniquenessError extends ScimError {
  override readonly name = 'UniquenessError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(409, 'SCIM_UNIQUENESS', detail, 'uniqueness', options);
  }
}

export class MutabilityError extends ScimError {
  override readonly name = 'MutabilityError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_MUTABILITY', detail, 'mutability', options);
  }
}

export class InvalidSyntaxError extends ScimError {
  override readonly name = 'InvalidSyntaxError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_INVALID_SYNTAX', detail, 'invalidSyntax', options);
  }
}

export class InvalidPathError extends ScimError {
  override readonly name = 'InvalidPathError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_INVALID_PATH', detail, 'invalidPath', options);
  }
}

export class NoTargetError extends ScimError {
  override readonly name = 'NoTargetError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_NO_TARGET', detail, 'noTarget', options);
  }
}

export class InvalidValueError extends ScimError {
  override readonly name = 'InvalidValueError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_INVALID_VALUE', detail, 'invalidValue', options);
  }
}

export class InvalidVersionError extends ScimError {
  override readonly name = 'InvalidVersionError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(400, 'SCIM_INVALID_VERS', detail, 'invalidVers', options);
  }
}

export class UnauthorizedError extends ScimError {
  override readonly name = 'UnauthorizedError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(401, 'SCIM_UNAUTHORIZED', detail, undefined, options);
  }
}

export class ForbiddenError extends ScimError {
  override readonly name = 'ForbiddenError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(403, 'SCIM_FORBIDDEN', detail, undefined, options);
  }
}

export class NotFoundError extends ScimError {
  override readonly name = 'NotFoundError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(404, 'SCIM_NOT_FOUND', detail, undefined, options);
  }
}

export class MethodNotAllowedError extends ScimError {
  override readonly name = 'MethodNotAllowedError';
  readonly allowedMethods: readonly string[];
  constructor(detail: string, allowedMethods: readonly string[], options?: ScimErrorOptions) {
    super(405, 'SCIM_METHOD_NOT_ALLOWED', detail, undefined, options);
    this.allowedMethods = allowedMethods;
  }
}

export class PreconditionFailedError extends ScimError {
  override readonly name = 'PreconditionFailedError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(412, 'SCIM_PRECONDITION_FAILED', detail, undefined, options);
  }
}

export class PayloadTooLargeError extends ScimError {
  override readonly name = 'PayloadTooLargeError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(413, 'SCIM_PAYLOAD_TOO_LARGE', detail, undefined, options);
  }
}

export class UnsupportedMediaTypeError extends ScimError {
  override readonly name = 'UnsupportedMediaTypeError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(415, 'SCIM_UNSUPPORTED_MEDIA_TYPE', detail, undefined, options);
  }
}

export class TooManyRequestsError extends ScimError {
  override readonly name = 'TooManyRequestsError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(429, 'SCIM_TOO_MANY_REQUESTS', detail, undefined, options);
  }
}

export class InternalError extends ScimError {
  override readonly name = 'InternalError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(500, 'SCIM_INTERNAL', detail, undefined, options);
  }
}

export class NotImplementedError extends ScimError {
  override readonly name = 'NotImplementedError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(501, 'SCIM_NOT_IMPLEMENTED', detail, undefined, options);
  }
}

export class BadGatewayError extends ScimError {
  override readonly name = 'BadGatewayError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(502, 'SCIM_BAD_GATEWAY', detail, undefined, options);
  }
}

export class ServiceUnavailableError extends ScimError {
  override readonly name = 'ServiceUnavailableError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(503, 'SCIM_SERVICE_UNAVAILABLE', detail, undefined, options);
  }
}

export class GatewayTimeoutError extends ScimError {
  override readonly name = 'GatewayTimeoutError';
  constructor(detail: string, options?: ScimErrorOptions) {
    super(504, 'SCIM_GATEWAY_TIMEOUT', detail, undefined, options);
  }
}
