// A wait longer than an hour is not a pause but an outage; clients should
// come back sooner and find out.
const maxSeconds = 3600;

/**
 * Reads a Retry-After header (RFC 9110 section 10.2.3): either a number of
 * seconds or an HTTP date. Answers whole seconds from now, from 1 to 3600.
 */
export function parseRetryAfter(
  header: string | undefined,
  now: number = Date.now(),
): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;

  const text = header.trim();
  if (/^\d+$/.test(text)) return bounded(Number(text));

  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return bounded(Math.ceil((date - now) / 1000));
}

function bounded(seconds: number): number {
  return Number.isFinite(seconds) ? Math.min(maxSeconds, Math.max(1, seconds)) : maxSeconds;
}
