import { SimulatorError } from './simulator-error.js';

// One entity tag of an If-Match list (RFC 9110 section 8.8.3), weak or strong.
const entityTag = /^(?:W\/)?"([\x21\x23-\x7e]*)"$/;

/** The ETag of a user: its version as a strong entity tag, e.g. "7". */
export function formatEntityTag(version: number): string {
  return `"${version}"`;
}

/**
 * Refuses a change whose If-Match header names another version (412). An
 * absent header sets no condition and "*" matches any existing user. Weak tags
 * (W/"7") are accepted as well, since the version is all a tag stands for here.
 */
export function checkIfMatch(header: string | undefined, version: number): void {
  if (header === undefined || header.trim() === '*') return;

  const versions = header.split(',').map((part) => entityTag.exec(part.trim())?.[1]);
  if (versions.some((value) => value === undefined)) {
    throw new SimulatorError('VALIDATION_FAILED', 'If-Match must hold entity tags such as "7"', {
      details: { in: 'header', parameter: 'If-Match' },
    });
  }

  if (!versions.includes(String(version))) {
    throw new SimulatorError('VERSION_MISMATCH', `The user is at version ${version}`, {
      details: { currentVersion: version },
    });
  }
}
