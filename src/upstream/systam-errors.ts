/**
 * Failures of calls to the Systam API, described in the API's own terms.
 * What they mean for a SCIM client is decided elsewhere, in one table.
 */

export interface SystamCallDescription {
  /** The contract's operationId, e.g. updateUser. */
  readonly operation: string;
  /** The body sent, kept so an error can name the value that was refused. */
  readonly requestBody?: unknown;
}

export abstract class SystamError extends Error {
  readonly call: SystamCallDescription;

  protected constructor(message: string, call: SystamCallDescription, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    this.call = call;
  }
}

/** The API answered with an error body (`{"error": {"code", "message"}}`). */
export class SystamApiError extends SystamError {
  override readonly name = 'SystamApiError';
  readonly status: number;
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(
    call: SystamCallDescription,
    answer: {
      status: number;
      code: string;
      message: string;
      details?: Record<string, unknown>;
      retryAfterSeconds?: number;
    },
  ) {
    super(
      `Systam ${call.operation} answered ${answer.status} ${answer.code}: ${answer.message}`,
      call,
    );
    this.status = answer.status;
    this.code = answer.code;
    this.details = answer.details;
    this.retryAfterSeconds = answer.retryAfterSeconds;
  }
}

/** No answer: the connection could not be made or broke. */
export class SystamUnreachableError extends SystamError {
  override readonly name = 'SystamUnreachableError';

  constructor(call: SystamCallDescription, cause: unknown) {
    super(`Systam ${call.operation} could not be reached`, call, cause);
  }
}

/** No answer in time. */
export class SystamTimeoutError extends SystamError {
  override readonly name = 'SystamTimeoutError';

  constructor(call: SystamCallDescription, cause: unknown) {
    super(`Systam ${call.operation} did not answer in time`, call, cause);
  }
}

/** An answer that breaks the contract (unexpected status, not JSON, wrong shape). */
export class SystamContractError extends SystamError {
  override readonly name = 'SystamContractError';
  readonly status: number;

  constructor(call: SystamCallDescription, status: number, problem: string) {
    super(`Systam ${call.operation} answered ${status} outside the contract: ${problem}`, call);
    this.status = status;
  }
}

/**
 * Whether an error is the API's answer with this status and code. Both must
 * match: a known code under another status breaks the contract.
 */
export function isSystamAnswer(error: unknown, status: number, code: string): boolean {
  return error instanceof SystamApiError && error.status === status && error.code === code;
}
