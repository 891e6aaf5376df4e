import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { SystamUser } from '../upstream/systam-types.js';
import { formatEntityTag } from './entity-tag.js';
import {
  coreUserUrn,
  systamUserUrn,
  typedValueFields,
  valueTypes,
  type TypedAttribute,
} from './user-attribute-table.js';

/**
 * The SCIM representation of a linked Systam user. Values are returned
 * exactly as Systam stores them, so that Entra finds no difference with what
 * it sent and stops sending PATCHes. Cleared values are omitted, never null.
 *
 * @param workspaceIdentifier the identifier of the user's primary workspace,
 *   or undefined when the workspace cannot be found.
 * @param location the absolute URL of the resource (RFC 7644 section 3.1 meta.location).
 */
export function toScimUser(
  user: SystamUser,
  workspaceIdentifier: string | undefined,
  location: string,
): ScimResource {
  const link = user.scimLink ?? undefined;

  return omitUnset({
    schemas: [coreUserUrn, systamUserUrn],
    id: user.id,
    externalId: link?.externalId ?? undefined,
    userName: link?.userName,
    name: { givenName: user.firstName, familyName: user.lastName },
    // Systam has no inactive users: a user that can be read is active.
    active: true,
    emails: typedEntries(user, 'emails'),
    phoneNumbers: typedEntries(user, 'phoneNumbers'),
    preferredLanguage: user.language ?? undefined,
    [systamUserUrn]: omitUnset({ primaryWorkspace: workspaceIdentifier }),
    meta: {
      resourceType: 'User',
      created: user.createdAt,
      lastModified: user.updatedAt,
      location,
      version: formatEntityTag(user.version),
    },
  });
}

// One entry per type Systam keeps, read from the field the attribute table
// names for it: emails of type work come from `email`, and so on.
function typedEntries(user: SystamUser, attribute: TypedAttribute): ScimResource[] | undefined {
  const entries: ScimResource[] = [];
  for (const type of valueTypes) {
    const value = user[typedValueFields[attribute][type]];
    if (isSet(value)) entries.push({ value, type });
  }
  return entries.length > 0 ? entries : undefined;
}

function isSet(value: string | null | undefined): value is string {
  return value !== null && value !== undefined && value !== '';
}

function omitUnset(resource: Record<string, unknown>): ScimResource {
  return Object.fromEntries(Object.entries(resource).filter(([, value]) => value !== undefined));
}
