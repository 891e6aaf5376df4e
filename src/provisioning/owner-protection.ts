import { ForbiddenError } from '../scim/errors.js';
import type { SystamUser } from '../upstream/systam-types.js';

/** Systam's Organization Owners can be read and linked, never changed or deleted via SCIM. */
export function isOrganizationOwner(user: SystamUser): boolean {
  return user.role === 'owner';
}

export function ownerProtected(action: 'change' | 'delete' | 'deactivate'): ForbiddenError {
  const attempted = {
    change: 'its profile cannot be changed',
    delete: 'it cannot be deleted',
    deactivate: 'it cannot be deactivated, which in Systam means deleted',
  }[action];

  return new ForbiddenError(
    `This user is a Systam Organization Owner and is protected: ${attempted} through SCIM. ` +
      'Make the change in Systam, or remove the user from provisioning.',
  );
}
