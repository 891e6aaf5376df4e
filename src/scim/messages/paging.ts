import { InvalidValueError } from '../errors.js';

// Past this index every page is empty; bounding it keeps offsets within
// what any backend can take as an integer.
const maxStartIndex = 2_147_483_647;

export interface Paging {
  readonly startIndex: number;
  readonly count: number;
}

/**
 * Reads `startIndex` and `count` (RFC 7644 section 3.4.2.4): a startIndex
 * below 1 means 1, a negative count means 0, a count above the server's
 * maximum is lowered to it, and no count means the maximum. A startIndex
 * past 2^31 - 1 is read as 2^31 - 1: the page is empty either way.
 */
export function readPaging(startIndex: unknown, count: unknown, maxResults: number): Paging {
  const start = readInteger('startIndex', startIndex) ?? 1;
  const wanted = readInteger('count', count) ?? maxResults;

  return {
    startIndex: Math.min(Math.max(1, start), maxStartIndex),
    count: Math.min(Math.max(0, wanted), maxResults),
  };
}

function readInteger(name: string, value: unknown): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^[+-]?\d{1,15}$/.test(value.trim())) return Number(value);

  throw new InvalidValueError(`${name} must be an integer.`);
}
