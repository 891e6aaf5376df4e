import { LRUCache } from 'lru-cache';

import type { SystamClient } from '../upstream/systam-client.js';
import type { Workspace } from '../upstream/systam-types.js';

export interface WorkspaceDirectoryOptions {
  readonly ttlMs: number;
  readonly maxEntries: number;
}

// Contract limit of the identifier look-up; a longer value cannot name a
// workspace, and sending it would only earn a 400 VALIDATION_FAILED.
const maxIdentifierLength = 64;

/**
 * Translates between the workspace identifiers people use in SCIM (HEL-01)
 * and the ids Systam stores. Workspaces change rarely, so answers are cached
 * for a while and a steady stream of reads costs no workspace look-ups.
 * Concurrent misses for the same key share one look-up.
 */
export class WorkspaceDirectory {
  readonly #byId: LRUCache<string, Workspace>;
  readonly #byIdentifier: LRUCache<string, Workspace>;

  constructor(systam: SystamClient, options: WorkspaceDirectoryOptions) {
    this.#byId = new LRUCache({
      max: options.maxEntries,
      ttl: options.ttlMs,
      fetchMethod: async (id) => {
        const page = await systam.listWorkspaces({ id, limit: 1 });
        const found = page.items.find((workspace) => workspace.id === id);
        // The answer fills the other direction too; a fetch must not set its
        // own key, which would cancel the fetch in flight.
        if (found !== undefined) this.#byIdentifier.set(found.identifier, found);
        return found;
      },
    });
    this.#byIdentifier = new LRUCache({
      max: options.maxEntries,
      ttl: options.ttlMs,
      fetchMethod: async (identifier) => {
        const page = await systam.listWorkspaces({ identifier, limit: 1 });
        const found = page.items.find((workspace) => workspace.identifier === identifier);
        if (found !== undefined) this.#byId.set(found.id, found);
        return found;
      },
    });
  }

  /** The workspace with this identifier (compared case-sensitively), or undefined. */
  async findByIdentifier(identifier: string): Promise<Workspace | undefined> {
    if (identifier.length === 0 || identifier.length > maxIdentifierLength) return undefined;
    return this.#byIdentifier.fetch(identifier);
  }

  /** The identifier of the workspace with this Systam id, or undefined. */
  async identifierOf(workspaceId: string): Promise<string | undefined> {
    const workspace = await this.#byId.fetch(workspaceId);
    return workspace?.identifier;
  }
}
