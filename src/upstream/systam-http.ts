import { request, type Dispatcher } from 'undici';

import { currentRequestContext, recordUpstreamCall } from '../observability/request-context.js';
import type { SystamContract } from './systam-contract.js';
import {
  SystamApiError,
  SystamContractError,
  SystamTimeoutError,
  SystamUnreachableError,
  type SystamCallDescription,
  type SystamError,
} from './systam-errors.js';
import { parseRetryAfter } from './parse-retry-after.js';

export interface SystamHttpOptions {
  readonly baseUrl: string;
  readonly serviceToken: string;
  readonly dispatcher: Dispatcher;
  /** Deadline for a whole call: connecting, sending and reading the answer. */
  readonly requestTimeoutMs: number;
  readonly contract: SystamContract;
}

export interface SystamRequest {
  readonly operation: string;
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly body?: unknown;
  /** Sent as If-Match so a concurrent change is refused rather than lost. */
  readonly ifMatchVersion?: number;
  readonly successStatus: number;
}

export interface SystamAnswer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: unknown;
}

// An answer larger than this is not a Systam answer; reading it whole would
// let a broken upstream exhaust the gateway's memory.
const maxAnswerBytes = 8 * 1024 * 1024;

// Socket failures that can happen to a pooled keep-alive connection the
// server has just closed; a read is safe to send once more.
const retryableCodes = new Set(['ECONNRESET', 'UND_ERR_SOCKET', 'EPIPE', 'UND_ERR_CLOSED']);

/** One HTTP exchange with the Systam API: headers, deadline, error body, contract check. */
export class SystamHttp {
  readonly #options: SystamHttpOptions;
  readonly #baseUrl: string;

  constructor(options: SystamHttpOptions) {
    this.#options = options;
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
  }

  async send(call: SystamRequest): Promise<SystamAnswer> {
    const description: SystamCallDescription = {
      operation: call.operation,
      requestBody: call.body,
    };

    try {
      return await this.#exchange(call, description);
    } catch (error) {
      const canRetry = call.method === 'GET' && isRetryableSocketError(error);
      if (!canRetry) throw error;
      return this.#exchange(call, description);
    }
  }

  async #exchange(call: SystamRequest, description: SystamCallDescription): Promise<SystamAnswer> {
    const started = performance.now();
    let status: number | string = 'no answer';

    try {
      const answer = await this.#request(call, description);
      status = answer.status;
      return this.#checkAnswer(call, description, answer);
    } catch (error) {
      if (status === 'no answer') status = failureLabel(error);
      throw error;
    } finally {
      recordUpstreamCall({
        operation: call.operation,
        status,
        durationMs: Math.round(performance.now() - started),
      });
    }
  }

  async #request(call: SystamRequest, description: SystamCallDescription): Promise<SystamAnswer> {
    const headers: Record<string, string> = {
      authorization: `Bearer ${this.#options.serviceToken}`,
      accept: 'application/json',
    };
    const requestId = currentRequestContext()?.requestId;
    if (requestId !== undefined) headers['x-request-id'] = requestId;
    if (call.ifMatchVersion !== undefined) headers['if-match'] = `"${call.ifMatchVersion}"`;
    if (call.body !== undefined) headers['content-type'] = 'application/json';

    try {
      const response = await request(this.#url(call), {
        method: call.method,
        headers,
        body: call.body === undefined ? undefined : JSON.stringify(call.body),
        dispatcher: this.#options.dispatcher,
        signal: callSignal(this.#options.requestTimeoutMs),
      });
      const text = await readLimited(response.body);
      return { status: response.statusCode, headers: response.headers, body: text };
    } catch (error) {
      throw classifyTransportError(error, description);
    }
  }

  #url(call: SystamRequest): string {
    const url = new URL(`${this.#baseUrl}${call.path}`);
    for (const [name, value] of Object.entries(call.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    return url.toString();
  }

  #checkAnswer(
    call: SystamRequest,
    description: SystamCallDescription,
    answer: SystamAnswer,
  ): SystamAnswer {
    const text = answer.body as string;
    const body = text === '' ? undefined : parseJson(text);

    if (answer.status === call.successStatus) {
      if (text !== '' && body === undefined) {
        throw new SystamContractError(description, answer.status, 'the body is not JSON');
      }
      return { ...answer, body };
    }

    const problem = this.#options.contract.check('Error', body);
    if (body === undefined || problem !== undefined) {
      throw new SystamContractError(
        description,
        answer.status,
        `expected ${call.successStatus} or an error body`,
      );
    }

    const error = (body as { error: { code: string; message: string; details?: object } }).error;
    throw new SystamApiError(description, {
      status: answer.status,
      code: error.code,
      message: error.message,
      ...(error.details !== undefined && { details: error.details as Record<string, unknown> }),
      ...retryAfterOf(answer.headers),
    });
  }
}

// Each call has its own timeout, and stops early when the request it serves
// has run out of time or lost its client.
function callSignal(timeoutMs: number): AbortSignal {
  const timeout = AbortSignal.timeout(timeoutMs);
  const requestSignal = currentRequestContext()?.signal;
  return requestSignal === undefined ? timeout : AbortSignal.any([timeout, requestSignal]);
}

function retryAfterOf(
  headers: SystamAnswer['headers'],
): { retryAfterSeconds: number } | Record<string, never> {
  const header = headers['retry-after'];
  const seconds = parseRetryAfter(Array.isArray(header) ? header[0] : header);
  return seconds === undefined ? {} : { retryAfterSeconds: seconds };
}

async function readLimited(body: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxAnswerBytes) throw new AnswerTooLargeError();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

class AnswerTooLargeError extends Error {
  override readonly name = 'AnswerTooLargeError';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function classifyTransportError(error: unknown, call: SystamCallDescription): SystamError {
  if (error instanceof AnswerTooLargeError) {
    return new SystamContractError(call, 0, `the answer is larger than ${maxAnswerBytes} bytes`);
  }

  const code = errorCode(error);
  const name = (error as Error | undefined)?.name;
  const timedOut =
    code === 'UND_ERR_HEADERS_TIMEOUT' ||
    code === 'UND_ERR_BODY_TIMEOUT' ||
    name === 'TimeoutError' ||
    name === 'RequestDeadlineExceeded' ||
    name === 'ClientGone';
  return timedOut ? new SystamTimeoutError(call, error) : new SystamUnreachableError(call, error);
}

function isRetryableSocketError(error: unknown): boolean {
  if (!(error instanceof SystamUnreachableError)) return false;
  return retryableCodes.has(errorCode(error.cause) ?? '');
}

function errorCode(error: unknown): string | undefined {
  const withCode = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = withCode?.code ?? withCode?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

function failureLabel(error: unknown): string {
  if (error instanceof SystamTimeoutError) return 'timeout';
  if (error instanceof SystamUnreachableError) return errorCode(error.cause) ?? 'unreachable';
  return 'failed';
}
