import { expect } from 'chai';
import { request, type Dispatcher } from 'undici';

import { defaultSeedFile } from '../../src/config/simulator-settings.js';
import { readSeedFile, type SimulatorSeed } from '../../src/simulator/seed.js';
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../src/simulator/start-simulator.js';
import type { UserRecord } from '../../src/simulator/user-record.js';
import {
  loadSystamContract,
  type SystamAnswerOperation,
} from '../../src/upstream/systam-contract.js';

export const demoToken = 'systam-demo-service-token';
export const demoUsersPath = '/internal/v1/organizations/org_demo/users';
export const demoWorkspacesPath = '/internal/v1/organizations/org_demo/workspaces';

export function userPath(userId: string): string {
  return `${demoUsersPath}/${userId}`;
}

export function linkPath(userId: string): string {
  return `${demoUsersPath}/${userId}/scim-link`;
}

export function readDemoSeed(): SimulatorSeed {
  return readSeedFile(defaultSeedFile);
}

/** A simulator on 127.0.0.1, a free port, the demo seed unless told otherwise. */
export function startTestSimulator(
  options: Partial<SimulatorOptions> = {},
): Promise<RunningSimulator> {
  return startSimulator({ seed: readDemoSeed(), port: 0, host: '127.0.0.1', ...options });
}

export interface CallOptions {
  /** The service token; null sends no Authorization header. Default: the demo token. */
  readonly token?: string | null;
  /** Sent as JSON (application/json unless contentType says otherwise). */
  readonly body?: unknown;
  /** Sent as is, for bodies that are not JSON. */
  readonly rawBody?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface ApiAnswer<T> {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: T;
}

export interface ErrorAnswerBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly details?: Record<string, unknown>;
  };
}

export interface UserPage {
  readonly items: UserRecord[];
  readonly nextCursor: string | null;
  readonly totalCount: number;
}

const contract = loadSystamContract();

/**
 * One request over loopback. Every answer is held to the contract on the way:
 * an error must be a JSON Error body, a success must match its operation's schema.
 */
export async function callApi<T = ErrorAnswerBody>(
  simulator: RunningSimulator,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<ApiAnswer<T>> {
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? demoToken : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;

  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';

  const answer = await request(`${simulator.url}${path}`, {
    method: method as Dispatcher.HttpMethod,
    headers,
    body,
  });
  const text = await answer.body.text();
  const parsed: unknown = text === '' ? undefined : JSON.parse(text);

  expectContractAnswer(method, path, answer.statusCode, answer.headers, parsed);
  return { status: answer.statusCode, headers: answer.headers, body: parsed as T };
}

function expectContractAnswer(
  method: string,
  path: string,
  status: number,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  body: unknown,
): void {
  if (status >= 400) {
    expect(headers['content-type'], `${method} ${path} error type`).to.match(/^application\/json/);
    expect(contract.check('Error', body), `${method} ${path} error body`).to.equal(undefined);
    return;
  }

  const operation = findOperation(method, path);
  if (status === 204 || method === 'HEAD' || operation === undefined) return;
  expect(contract.checkAnswer(operation, body), `${method} ${path} answer`).to.equal(undefined);
}

function findOperation(method: string, path: string): SystamAnswerOperation | undefined {
  const route = new URL(path, 'http://simulator.invalid').pathname
    .replace(/^\/internal\/v1\/organizations\/[^/]+/, '')
    .replace(/^\/users\/[^/]+/, '/users/{userId}');
  const operations: Record<string, SystamAnswerOperation> = {
    'GET /workspaces': 'listWorkspaces',
    'GET /users': 'listUsers',
    'POST /users': 'createUser',
    'GET /users/{userId}': 'getUser',
    'PATCH /users/{userId}': 'updateUser',
    'PUT /users/{userId}/scim-link': 'linkUser',
    'DELETE /users/{userId}/scim-link': 'unlinkUser',
  };
  return operations[`${method} ${route}`];
}

/** A valid createUser body; `overrides` replace or add members. */
export function newUserBody(
  name: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    email: `${name}@example.com`,
    firstName: name,
    lastName: 'Tester',
    primaryWorkspaceId: 'wsp_nyc01',
    ...overrides,
  };
}

/** Creates a user through the API and returns it as answered. */
export async function createTestUser(
  simulator: RunningSimulator,
  name: string,
  overrides: Record<string, unknown> = {},
): Promise<UserRecord> {
  const answer = await callApi<UserRecord>(simulator, 'POST', demoUsersPath, {
    body: newUserBody(name, overrides),
  });
  expect(answer.status, `creating ${name}`).to.equal(201);
  return answer.body;
}

/** Waits, a turn of the event loop at a time, until the condition holds. */
export async function waitUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}
