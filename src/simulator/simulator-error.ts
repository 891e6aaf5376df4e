/** The error codes of the Systam contract, and the two the simulator adds for routing. */
export type SimulatorErrorCode =
  | 'VALIDATION_FAILED'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'ORGANIZATION_OWNER_PROTECTED'
  | 'USER_NOT_FOUND'
  | 'ORGANIZATION_NOT_FOUND'
  | 'EMAIL_TAKEN'
  | 'SCIM_USERNAME_TAKEN'
  | 'VERSION_MISMATCH'
  | 'PAYLOAD_TOO_LARGE'
  | 'WORKSPACE_NOT_FOUND'
  | 'INVALID_PHONE'
  | 'INVALID_EMAIL'
  | 'INVALID_LANGUAGE'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'UNAVAILABLE'
  | 'NOT_FOUND'
  | 'METHOD_NOT_ALLOWED';

// The pairs of the contract's Error response (components/responses/Error).
// NOT_FOUND and METHOD_NOT_ALLOWED are not in the contract, which names no
// code for a path or method it does not define; they keep the Error body shape.
const statusOfCode: Readonly<Record<SimulatorErrorCode, number>> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  ORGANIZATION_OWNER_PROTECTED: 403,
  USER_NOT_FOUND: 404,
  ORGANIZATION_NOT_FOUND: 404,
  NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  EMAIL_TAKEN: 409,
  SCIM_USERNAME_TAKEN: 409,
  VERSION_MISMATCH: 412,
  PAYLOAD_TOO_LARGE: 413,
  WORKSPACE_NOT_FOUND: 422,
  INVALID_PHONE: 422,
  INVALID_EMAIL: 422,
  INVALID_LANGUAGE: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

export interface SimulatorErrorOptions {
  readonly details?: Readonly<Record<string, unknown>>;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ErrorBody {
  readonly error: {
    readonly code: SimulatorErrorCode;
    readonly message: string;
    readonly details?: Readonly<Record<string, unknown>>;
  };
}

/** A failure the simulator answers with the contract's Error body; the code decides the status. */
export class SimulatorError extends Error {
  override readonly name = 'SimulatorError';
  readonly code: SimulatorErrorCode;
  readonly status: number;
  readonly details: Readonly<Record<string, unknown>> | undefined;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: SimulatorErrorCode, message: string, options: SimulatorErrorOptions = {}) {
    super(message);
    this.code = code;
    this.status = statusOfCode[code];
    this.details = options.details;
    this.headers = options.headers ?? {};
  }

  toBody(): ErrorBody {
    const error = { code: this.code, message: this.message };
    return { error: this.details === undefined ? error : { ...error, details: this.details } };
  }
}
