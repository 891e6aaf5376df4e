import { PreconditionFailedError } from '../scim/errors.js';

/** The versions a client named in If-Match / If-None-Match (RFC 7644 section 3.14). */
export interface Preconditions {
  readonly ifMatch?: 'any' | readonly number[] | 'unreadable';
  readonly ifNoneMatch?: 'any' | readonly number[] | 'unreadable';
}

/**
 * A write goes ahead only if the client's If-Match names the current version
 * and its If-None-Match does not (RFC 9110 section 13.1).
 */
export function assertWritePreconditions(preconditions: Preconditions, version: number): void {
  const { ifMatch, ifNoneMatch } = preconditions;

  if (ifMatch !== undefined && !names(ifMatch, version)) {
    throw new PreconditionFailedError(
      `If-Match does not name the user's current version "${version}"; read the user again.`,
    );
  }
  if (ifNoneMatch !== undefined && names(ifNoneMatch, version)) {
    throw new PreconditionFailedError(
      `If-None-Match names the user's current version "${version}"; the change was not made.`,
    );
  }
}

/** Whether a read should answer 304 Not Modified (RFC 9110 section 13.1.2). */
export function isNotModified(preconditions: Preconditions, version: number): boolean {
  const { ifNoneMatch } = preconditions;
  return ifNoneMatch !== undefined && names(ifNoneMatch, version);
}

export function hasClientVersion(preconditions: Preconditions): boolean {
  return preconditions.ifMatch !== undefined || preconditions.ifNoneMatch !== undefined;
}

function names(tags: 'any' | readonly number[] | 'unreadable', version: number): boolean {
  if (tags === 'any') return true;
  if (tags === 'unreadable') return false;
  return tags.includes(version);
}
