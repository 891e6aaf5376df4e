import type { BoundComparison } from './bound-filter.js';
import { parseDateTime } from './parse-date-time.js';

/**
 * Whether one attribute value satisfies a comparison whose value is not
 * null, following RFC 7644 section 3.4.2.2: strings honour the attribute's
 * caseExact and order lexicographically, dateTime values order
 * chronologically, numbers numerically. A value of another JSON type than
 * the attribute's never equals the filter value.
 */
export function matchesComparison(comparison: BoundComparison, candidate: unknown): boolean {
  const { operator } = comparison;
  if (operator === 'co' || operator === 'sw' || operator === 'ew') {
    return matchesSubstring(comparison, candidate);
  }

  const order = compareWith(comparison, candidate);
  switch (operator) {
    case 'eq':
      return order === 0;
    case 'ne':
      return order !== 0;
    case 'gt':
      return order !== undefined && order > 0;
    case 'ge':
      return order !== undefined && order >= 0;
    case 'lt':
      return order !== undefined && order < 0;
    case 'le':
      return order !== undefined && order <= 0;
  }
}

/** Negative, zero or positive as candidate sorts before, with or after the filter value. */
function compareWith(comparison: BoundComparison, candidate: unknown): number | undefined {
  const { value, instant, path } = comparison;

  if (instant !== undefined) {
    const candidateInstant = typeof candidate === 'string' ? parseDateTime(candidate) : undefined;
    if (candidateInstant === undefined) return undefined;
    return candidateInstant === instant ? 0 : candidateInstant < instant ? -1 : 1;
  }
  if (typeof value === 'string' && typeof candidate === 'string') {
    return path.target.caseExact
      ? compareCodePoints(candidate, value)
      : compareCodePoints(candidate.toLowerCase(), value.toLowerCase());
  }
  if (typeof value === 'number' && typeof candidate === 'number') return candidate - value;
  if (typeof value === 'boolean' && typeof candidate === 'boolean') {
    return candidate === value ? 0 : 1;
  }
  return undefined;
}

function matchesSubstring(comparison: BoundComparison, candidate: unknown): boolean {
  const { value, path } = comparison;
  if (typeof value !== 'string' || typeof candidate !== 'string') return false;

  const haystack = path.target.caseExact ? candidate : candidate.toLowerCase();
  const needle = path.target.caseExact ? value : value.toLowerCase();
  switch (comparison.operator) {
    case 'sw':
      return haystack.startsWith(needle);
    case 'ew':
      return haystack.endsWith(needle);
    default:
      return haystack.includes(needle);
  }
}

// Lexicographic order of Unicode code points, not of UTF-16 code units, so
// that characters beyond U+FFFF sort after U+E000–U+FFFF as they should.
function compareCodePoints(left: string, right: string): number {
  if (left === right) return 0;

  const leftPoints = left[Symbol.iterator]();
  const rightPoints = right[Symbol.iterator]();
  for (;;) {
    const a = leftPoints.next();
    const b = rightPoints.next();
    if (a.done === true || b.done === true) return a.done === true ? (b.done === true ? 0 : -1) : 1;

    const difference = (a.value.codePointAt(0) ?? 0) - (b.value.codePointAt(0) ?? 0);
    if (difference !== 0) return difference;
  }
}
