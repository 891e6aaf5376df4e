import { ServiceUnavailableError } from '../scim/errors.js';
import { isSystamAnswer } from '../upstream/systam-errors.js';
import { OwnerChangedError } from './link-owner.js';

/**
 * Runs a read-modify-write again when Systam reports that the user changed
 * between the read and the write (412 VERSION_MISMATCH), so that two
 * concurrent PATCHes never lose an update. With no attempts allowed (the
 * client named a version itself), the conflict is the client's answer: 412.
 */
export async function retryOnVersionConflict<T>(
  attempts: number,
  work: () => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      if (!isVersionConflict(error) || attempts === 0) throw error;
      if (attempt > attempts) {
        throw new ServiceUnavailableError(
          'The user is being changed by several requests at once; retry shortly.',
          { cause: error, retryAfterSeconds: 1 },
        );
      }
      await backOff(attempt);
    }
  }
}

// Requests that collided once would collide again if they all retried at
// once; a short, growing, random pause spreads them out.
function backOff(attempt: number): Promise<void> {
  const milliseconds = Math.random() * 25 * 2 ** attempt;
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

function isVersionConflict(error: unknown): boolean {
  return error instanceof OwnerChangedError || isSystamAnswer(error, 412, 'VERSION_MISMATCH');
}
