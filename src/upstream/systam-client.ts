import type { SystamAnswerOperation, SystamContract } from './systam-contract.js';
import { SystamContractError } from './systam-errors.js';
import type { SystamAnswer, SystamHttp } from './systam-http.js';
import type {
  ScimLink,
  SystamUser,
  UserCreate,
  UserPage,
  UserQuery,
  UserUpdate,
  WorkspacePage,
  WorkspaceQuery,
} from './systam-types.js';

/**
 * The Systam internal REST API of one organization, as its contract
 * (schemas/systam/openapi.yaml) describes it. Every answer is checked
 * against the contract before anyone relies on it.
 */
export class SystamClient {
  readonly #http: SystamHttp;
  readonly #contract: SystamContract;
  readonly #orgPath: string;

  constructor(http: SystamHttp, contract: SystamContract, orgId: string) {
    this.#http = http;
    this.#contract = contract;
    this.#orgPath = `/internal/v1/organizations/${encodeURIComponent(orgId)}`;
  }

  async listUsers(query: UserQuery): Promise<UserPage> {
    const answer = await this.#http.send({
      operation: 'listUsers',
      method: 'GET',
      path: `${this.#orgPath}/users`,
      query: { ...query },
      successStatus: 200,
    });

    return this.#checked<UserPage>(answer, 'listUsers');
  }

  async getUser(userId: string): Promise<SystamUser> {
    const answer = await this.#http.send({
      operation: 'getUser',
      method: 'GET',
      path: this.#userPath(userId),
      successStatus: 200,
    });
    return this.#checked<SystamUser>(answer, 'getUser');
  }

  async createUser(body: UserCreate): Promise<SystamUser> {
    const answer = await this.#http.send({
      operation: 'createUser',
      method: 'POST',
      path: `${this.#orgPath}/users`,
      body,
      successStatus: 201,
    });
    return this.#checked<SystamUser>(answer, 'createUser');
  }

  async updateUser(userId: string, body: UserUpdate, ifMatchVersion?: number): Promise<SystamUser> {
    const answer = await this.#http.send({
      operation: 'updateUser',
      method: 'PATCH',
      path: this.#userPath(userId),
      body,
      ...(ifMatchVersion !== undefined && { ifMatchVersion }),
      successStatus: 200,
    });
    return this.#checked<SystamUser>(answer, 'updateUser');
  }

  async deleteUser(userId: string, ifMatchVersion?: number): Promise<void> {
    await this.#http.send({
      operation: 'deleteUser',
      method: 'DELETE',
      path: this.#userPath(userId),
      ...(ifMatchVersion !== undefined && { ifMatchVersion }),
      successStatus: 204,
    });
  }

  async linkUser(userId: string, link: ScimLink): Promise<SystamUser> {
    const answer = await this.#http.send({
      operation: 'linkUser',
      method: 'PUT',
      path: `${this.#userPath(userId)}/scim-link`,
      body: link,
      successStatus: 200,
    });
    return this.#checked<SystamUser>(answer, 'linkUser');
  }

  async listWorkspaces(query: WorkspaceQuery): Promise<WorkspacePage> {
    const answer = await this.#http.send({
      operation: 'listWorkspaces',
      method: 'GET',
      path: `${this.#orgPath}/workspaces`,
      query: { ...query },
      successStatus: 200,
    });

    return this.#checked<WorkspacePage>(answer, 'listWorkspaces');
  }

  #userPath(userId: string): string {
    return `${this.#orgPath}/users/${encodeURIComponent(userId)}`;
  }

  #checked<T>(answer: SystamAnswer, operation: SystamAnswerOperation): T {
    const problem = this.#contract.checkAnswer(operation, answer.body);
    if (problem !== undefined) {
      throw new SystamContractError({ operation }, answer.status, problem);
    }
    return answer.body as T;
  }
}
