import type { SystamClient } from '../upstream/systam-client.js';
import type { KeyedLock } from './keyed-lock.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

/** One tenant of the gateway: one Systam organization, reached with its own service token. */
export interface Tenant {
  readonly id: string;
  readonly orgId: string;
  readonly systam: SystamClient;
  readonly workspaces: WorkspaceDirectory;
  /** Serialises the linking of each Organization Owner within this process. */
  readonly ownerLinks: KeyedLock;
}
