import { toScimUser } from '../mapping/to-scim-user.js';
import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { SystamUser } from '../upstream/systam-types.js';
import type { RequestOrigin } from './provisioning-context.js';
import type { Tenant } from './tenant.js';

/** The SCIM User for a linked Systam user, with its workspace identifier resolved. */
export async function presentUser(
  tenant: Tenant,
  user: SystamUser,
  origin: RequestOrigin,
): Promise<ScimResource> {
  const identifier = await tenant.workspaces.identifierOf(user.primaryWorkspaceId);
  return toScimUser(user, identifier, userLocation(origin, user.id));
}

function userLocation(origin: RequestOrigin, userId: string): string {
  return `${origin.baseUrl}/Users/${encodeURIComponent(userId)}`;
}
