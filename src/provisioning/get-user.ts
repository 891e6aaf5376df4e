import type { SystamUser } from '../upstream/systam-types.js';
import { findLinkedUser } from './find-linked-user.js';
import { presentUser } from './present-user.js';
import type { RequestOrigin } from './provisioning-context.js';
import type { Tenant } from './tenant.js';
import type { ScimResource } from '../scim/resource/scim-resource.js';

export interface ReadUser {
  readonly resource: ScimResource;
  readonly version: number;
}

/** GET /Users/{id}: one Systam call; the workspace identifier comes from the cache. */
export async function getUser(
  tenant: Tenant,
  id: string,
  origin: RequestOrigin,
): Promise<ReadUser> {
  const user: SystamUser = await findLinkedUser(tenant, id);
  return { resource: await presentUser(tenant, user, origin), version: user.version };
}
