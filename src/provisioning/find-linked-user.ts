import { NotFoundError } from '../scim/errors.js';
import { isSystamAnswer } from '../upstream/systam-errors.js';
import type { SystamUser } from '../upstream/systam-types.js';
import type { Tenant } from './tenant.js';

// The contract's user id pattern: anything else cannot name a Systam user,
// and sending it would earn a 400 VALIDATION_FAILED instead of a 404.
const userIdPattern = /^usr_[A-Za-z0-9]{1,40}$/;

/**
 * The Systam user behind a SCIM id, if the tenant can see it. Unlinked
 * accounts and ids of other organizations answer 404 exactly as unknown ids
 * do (Systam policies, "Who sees what").
 */
export async function findLinkedUser(tenant: Tenant, id: string): Promise<SystamUser> {
  const user = await lookUpLinkedUser(tenant, id);
  if (user === undefined) throw userNotFound(id);
  return user;
}

/** The same look-up for queries (`id eq …`), where no such user means an empty list. */
export async function lookUpLinkedUser(
  tenant: Tenant,
  id: string,
): Promise<SystamUser | undefined> {
  const user = userIdPattern.test(id) ? await getIfExists(tenant, id) : undefined;
  return user?.scimLink === null || user?.scimLink === undefined ? undefined : user;
}

function userNotFound(id: string): NotFoundError {
  const shown = id.length > 64 ? `${id.slice(0, 64)}…` : id;
  return new NotFoundError(`No user with id "${shown}" exists in this tenant.`);
}

async function getIfExists(tenant: Tenant, id: string): Promise<SystamUser | undefined> {
  try {
    return await tenant.systam.getUser(id);
  } catch (error) {
    if (isSystamAnswer(error, 404, 'USER_NOT_FOUND')) return undefined;
    throw error;
  }
}
