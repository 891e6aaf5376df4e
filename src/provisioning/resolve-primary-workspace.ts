import { InvalidValueError } from '../scim/errors.js';
import { systamUserUrn } from '../mapping/user-attribute-table.js';
import type { Tenant } from './tenant.js';

/** The Systam id of the workspace a client named by its identifier (e.g. HEL-01). */
export async function resolvePrimaryWorkspace(tenant: Tenant, identifier: string): Promise<string> {
  const workspace = await tenant.workspaces.findByIdentifier(identifier);
  if (workspace !== undefined) return workspace.id;

  const shown = identifier.length > 64 ? `${identifier.slice(0, 64)}…` : identifier;
  throw new InvalidValueError(
    `${systamUserUrn}:primaryWorkspace "${shown}" is not a workspace identifier of this ` +
      'Systam organization (identifiers are case-sensitive, e.g. HEL-01).',
  );
}
