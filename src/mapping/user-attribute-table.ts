/**
 * Where each SCIM User attribute lives in Systam: the one attribute table
 * (the README's mapping table says the same). Anything not listed here is
 * accepted and ignored.
 */

export const coreUserUrn = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const systamUserUrn = 'urn:ietf:params:scim:schemas:extension:systam:2.0:User';

/** Types a multi-valued email or phone entry may carry, and the Systam field of each. */
export const typedValueFields = {
  emails: { work: 'email', other: 'secondaryEmail' },
  phoneNumbers: { work: 'phone', other: 'secondaryPhone' },
} as const;

export type TypedAttribute = keyof typeof typedValueFields;
export type ValueType = 'work' | 'other';

export const valueTypes: readonly ValueType[] = ['work', 'other'];

/** Human words for details shown to administrators. */
export const typedAttributeNouns: Record<TypedAttribute, string> = {
  emails: 'email address',
  phoneNumbers: 'phone number',
};

/** The SCIM attribute behind each Systam profile field, for details shown to administrators. */
export const scimAttributeOfSystamField: Readonly<Record<string, string>> = {
  email: 'emails[type eq "work"].value',
  secondaryEmail: 'emails[type eq "other"].value',
  firstName: 'name.givenName',
  lastName: 'name.familyName',
  phone: 'phoneNumbers[type eq "work"].value',
  secondaryPhone: 'phoneNumbers[type eq "other"].value',
  language: 'preferredLanguage',
  primaryWorkspaceId: `${systamUserUrn}:primaryWorkspace`,
};
