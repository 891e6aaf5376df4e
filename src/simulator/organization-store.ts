import { randomInt } from 'node:crypto';

import type { SeedOrganization } from './seed.js';
import type { SimulatorClock } from './simulator-clock.js';
import {
  createUserRecord,
  foldCase,
  type UserRecord,
  type WorkspaceRecord,
} from './user-record.js';

const idAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const idLength = 20;

/**
 * One organization's data. It stores what it is given and keeps the indexes
 * behind Systam's uniqueness rules; the rules themselves live in user-commands.
 */
export class OrganizationStore {
  readonly id: string;
  readonly name: string;
  readonly serviceToken: string;
  readonly workspaces: readonly WorkspaceRecord[];

  readonly #workspaceIds: ReadonlySet<string>;
  // A Map keeps insertion order, and the clock makes createdAt grow with every
  // creation, so iterating it yields the contract's order (createdAt, then id).
  readonly #users = new Map<string, UserRecord>();
  readonly #idsByEmail = new Map<string, string>();
  readonly #idsByScimUserName = new Map<string, string>();

  constructor(seed: SeedOrganization, clock: SimulatorClock) {
    this.id = seed.id;
    this.name = seed.name;
    this.serviceToken = seed.serviceToken;
    this.workspaces = seed.workspaces.map(({ id, identifier, name }) => ({ id, identifier, name }));
    this.#workspaceIds = new Set(this.workspaces.map((workspace) => workspace.id));

    for (const user of seed.users) this.save(createUserRecord(user, clock.now()));
  }

  hasWorkspace(workspaceId: string): boolean {
    return this.#workspaceIds.has(workspaceId);
  }

  /** Every user, in the contract's order. */
  users(): readonly UserRecord[] {
    return [...this.#users.values()];
  }

  findUser(userId: string): UserRecord | undefined {
    return this.#users.get(userId);
  }

  /** The user whose email equals this one in any letter case. */
  findByEmail(email: string): UserRecord | undefined {
    return this.#lookUp(this.#idsByEmail, email);
  }

  /** The user whose scimLink.userName equals this one in any letter case. */
  findByScimUserName(userName: string): UserRecord | undefined {
    return this.#lookUp(this.#idsByScimUserName, userName);
  }

  /** Adds a user or replaces the stored one with the same id. */
  save(user: UserRecord): void {
    this.#forgetKeys(user.id);
    this.#users.set(user.id, user);
    this.#idsByEmail.set(foldCase(user.email), user.id);
    if (user.scimLink !== null) {
      this.#idsByScimUserName.set(foldCase(user.scimLink.userName), user.id);
    }
  }

  remove(userId: string): void {
    this.#forgetKeys(userId);
    this.#users.delete(userId);
  }

  /** A fresh, unused id of the contract's form (usr_ and letters or digits). */
  createUserId(): string {
    for (;;) {
      let id = 'usr_';
      for (let i = 0; i < idLength; i += 1) id += idAlphabet[randomInt(idAlphabet.length)];
      if (!this.#users.has(id)) return id;
    }
  }

  #lookUp(index: ReadonlyMap<string, string>, value: string): UserRecord | undefined {
    const userId = index.get(foldCase(value));
    return userId === undefined ? undefined : this.#users.get(userId);
  }

  #forgetKeys(userId: string): void {
    const stored = this.#users.get(userId);
    if (stored === undefined) return;

    this.#idsByEmail.delete(foldCase(stored.email));
    if (stored.scimLink !== null) {
      this.#idsByScimUserName.delete(foldCase(stored.scimLink.userName));
    }
  }
}
