import { expect } from 'chai';

import { ScimError, type ScimType } from '../../../src/scim/errors.js';
import { applyPatch, type PatchResult } from '../../../src/scim/patch/apply-patch.js';
import type { ScimResource } from '../../../src/scim/resource/scim-resource.js';
import {
  coreUserSchemaUrn,
  readSchemaFiles,
  systamUserSchemaUrn,
} from '../../../src/scim/schema/schema-files.js';
import type { ResourceType } from '../../../src/scim/schema/scim-schema.js';
import { buildUserResourceType } from '../../../src/scim/schema/user-resource-type.js';
import { userTypeWithPrimary } from '../../support/resource-type-with-primary.js';

export const userType = buildUserResourceType(readSchemaFiles());

/**
 * The User type with a boolean `primary` on emails and phoneNumbers, which
 * the real schema no longer has (Systam keeps no primary flag). The PATCH
 * engine is generic: boolean sub-attributes, "at most one primary"
 * (RFC 7643 section 2.4) and sub-attribute removal are tested on it.
 */
export { userTypeWithPrimary };
export const coreUrn = coreUserSchemaUrn;
export const systamUrn = systamUserSchemaUrn;
export const enterpriseUrn = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';

/** A stored Systam user as the gateway holds it: every kept attribute set, no primary flag. */
export function makeUser(): ScimResource {
  return {
    schemas: [coreUrn, systamUrn],
    id: 'u-1001',
    externalId: 'alin',
    userName: 'avery.lin@contoso.test',
    name: { givenName: 'Avery', familyName: 'Lin' },
    active: true,
    preferredLanguage: 'en-US',
    emails: [
      { type: 'work', value: 'avery.lin@contoso.test' },
      { type: 'other', value: 'avery@home.test' },
    ],
    phoneNumbers: [{ type: 'work', value: '+1 555 0100' }],
    [systamUrn]: { primaryWorkspace: 'HEL-01' },
    meta: {
      resourceType: 'User',
      created: '2024-05-01T08:00:00Z',
      lastModified: '2024-05-02T09:30:00Z',
      location: '/Users/u-1001',
      version: 'W/"3"',
    },
  };
}

/**
 * makeUser() as a resource of userTypeWithPrimary: the work email and the
 * work phone are primary, the other email is not.
 */
export function makeUserWithPrimary(): ScimResource {
  return userWith({
    emails: [
      { type: 'work', value: 'avery.lin@contoso.test', primary: true },
      { type: 'other', value: 'avery@home.test', primary: false },
    ],
    phoneNumbers: [{ type: 'work', value: '+1 555 0100', primary: true }],
  });
}

/** makeUserWithPrimary() with some top-level attributes replaced (undefined removes one). */
export function userWithPrimary(changes: Record<string, unknown>): ScimResource {
  return userWith(changes, makeUserWithPrimary());
}

/** A user with no emails and no phone numbers, as field reports #7 and #8 start from. */
export function makeUserWithoutContacts(): ScimResource {
  const user = makeUser();
  delete user['emails'];
  delete user['phoneNumbers'];
  return user;
}

/** makeUser() with some top-level attributes replaced (undefined removes one). */
export function userWith(changes: Record<string, unknown>, base = makeUser()): ScimResource {
  const user = { ...base };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete user[name];
    else user[name] = value;
  }
  return user;
}

export function patch(operations: readonly unknown[], user = makeUser()): PatchResult {
  return applyPatch(user, operations, userType);
}

/** patch() on the User type with a boolean primary, from makeUserWithPrimary(). */
export function patchWithPrimary(
  operations: readonly unknown[],
  user = makeUserWithPrimary(),
): PatchResult {
  return applyPatch(user, operations, userTypeWithPrimary);
}

/** Runs a PATCH that must fail and checks the error an administrator would read. */
export function expectPatchError(
  operations: readonly unknown[],
  scimType: ScimType,
  detail: RegExp,
  user = makeUser(),
  resourceType: ResourceType = userType,
): ScimError {
  let caught: unknown;
  try {
    applyPatch(user, operations, resourceType);
  } catch (error) {
    caught = error;
  }

  expect(caught, 'applyPatch should have thrown').to.be.instanceOf(ScimError);
  const error = caught as ScimError;
  expect(error.status).to.equal(400);
  expect(error.scimType).to.equal(scimType);
  expect(error.detail).to.match(detail);
  return error;
}
