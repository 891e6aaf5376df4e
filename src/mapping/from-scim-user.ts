import { InvalidValueError } from '../scim/errors.js';
import type { ScimResource } from '../scim/resource/scim-resource.js';
import type { RequestedUser } from './requested-user.js';
import {
  systamUserUrn,
  typedAttributeNouns,
  valueTypes,
  type TypedAttribute,
  type ValueType,
} from './user-attribute-table.js';

interface TypedEntry {
  readonly value: string;
  readonly type?: string;
}

/**
 * Reads a User resource that passed schema validation into what Systam will
 * keep, applying the Systam rules JSON Schema cannot express: the email and
 * phone types, one entry per type, a work email always, a work phone as soon
 * as any phone is given.
 */
export function fromScimUser(resource: ScimResource): RequestedUser {
  const emails = readTypedEntries(resource, 'emails');
  const phones = readTypedEntries(resource, 'phoneNumbers');

  const email = emails.get('work');
  if (email === undefined) {
    throw new InvalidValueError(
      'emails needs a work email address (type "work"): it is the Systam sign-in email.',
    );
  }
  if (phones.size > 0 && !phones.has('work')) {
    throw new InvalidValueError(
      'phoneNumbers needs a work phone number (type "work") as soon as any phone number is given.',
    );
  }

  const name = resource.name as { givenName: string; familyName: string };
  const extension = resource[systamUserUrn] as { primaryWorkspace: string };

  return {
    userName: resource.userName as string,
    externalId: resource.externalId as string | undefined,
    firstName: name.givenName,
    lastName: name.familyName,
    email,
    secondaryEmail: emails.get('other'),
    phone: phones.get('work'),
    secondaryPhone: phones.get('other'),
    language: resource.preferredLanguage as string | undefined,
    primaryWorkspace: extension.primaryWorkspace,
  };
}

function readTypedEntries(
  resource: ScimResource,
  attribute: TypedAttribute,
): Map<ValueType, string> {
  const entries = (resource[attribute] ?? []) as readonly TypedEntry[];
  const noun = typedAttributeNouns[attribute];
  const byType = new Map<ValueType, string>();

  for (const entry of entries) {
    const type = entry.type?.toLowerCase();
    if (!isValueType(type)) {
      throw new InvalidValueError(
        `${attribute} type "${entry.type ?? ''}" is not supported: Systam keeps one work and ` +
          `one other ${noun} (types "work" and "other").`,
      );
    }
    if (byType.has(type)) {
      throw new InvalidValueError(
        `${attribute} has more than one ${type} ${noun}: Systam keeps one of each type.`,
      );
    }
    byType.set(type, entry.value);
  }

  return byType;
}

function isValueType(type: string | undefined): type is ValueType {
  return (valueTypes as readonly (string | undefined)[]).includes(type);
}
