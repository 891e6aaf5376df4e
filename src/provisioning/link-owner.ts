import { PreconditionFailedError } from '../scim/errors.js';
import type { ScimLink, SystamUser } from '../upstream/systam-types.js';
import type { Tenant } from './tenant.js';

/** The owner changed between the caller's read and the link: the caller starts over. */
export class OwnerChangedError extends PreconditionFailedError {
  constructor() {
    super('The Organization Owner was changed by another request at the same time; retry.');
  }
}

/**
 * Links an Organization Owner. Owners cannot be PATCHed, and the contract
 * gives PUT scim-link no If-Match, so two requests that both read the owner
 * unlinked could both link it, the second silently replacing the first.
 * Within one gateway process the links of one owner are taken in turn, each
 * after reading the owner again: if it changed since the caller's read, the
 * caller starts over and sees the new link. Between replicas the window
 * stays open until Systam guards scim-link by version.
 */
export async function linkOwner(
  tenant: Tenant,
  owner: SystamUser,
  link: ScimLink,
): Promise<SystamUser> {
  return tenant.ownerLinks.run(owner.id, async () => {
    const now = await tenant.systam.getUser(owner.id);
    if (now.version !== owner.version) throw new OwnerChangedError();
    return tenant.systam.linkUser(owner.id, link);
  });
}
