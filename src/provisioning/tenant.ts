import type { SystamClient } from '../upstream/systam-client.js';
import type { WorkspaceDirectory } from './workspace-directory.js';

/** One tenant of the gateway: one Systam organization, reached with its own service token. */
export interface Tenant {
  readonly id: string;
  readonly orgId: string;
  readonly systam: SystamClient;
  readonly workspaces: WorkspaceDirectory;
}
