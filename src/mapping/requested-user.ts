/**
 * What a SCIM request asks Systam to keep, in Systam's terms. `undefined`
 * means the request did not mention the attribute; `null` clears it.
 */
export interface RequestedUser {
  readonly userName: string;
  readonly externalId: string | null | undefined;
  readonly firstName: string;
  readonly lastName: string;
  readonly email: string;
  readonly secondaryEmail: string | null | undefined;
  readonly phone: string | null | undefined;
  readonly secondaryPhone: string | null | undefined;
  readonly language: string | null | undefined;
  /** The workspace identifier as people know it (e.g. HEL-01), not the Systam id. */
  readonly primaryWorkspace: string;
}

/**
 * The same request read as a complete desired state (PUT, or a resource after
 * PATCH): what it does not mention is cleared.
 */
export function clearingAbsent(user: RequestedUser): RequestedUser {
  return {
    ...user,
    externalId: user.externalId ?? null,
    secondaryEmail: user.secondaryEmail ?? null,
    phone: user.phone ?? null,
    secondaryPhone: user.secondaryPhone ?? null,
    language: user.language ?? null,
  };
}
