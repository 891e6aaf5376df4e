/**
 * Reads a Retry-After header (RFC 9110 section 10.2.3): either a number of
 * seconds or an HTTP date. Answers whole seconds from now, at least 1.
 */
export function parseRetryAfter(
  header: string | undefined,
  now: number = Date.now(),
): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;

  const text = header.trim();
  if (/^\d+$/.test(text)) return Math.max(1, Number(text));

  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(1, Math.ceil((date - now) / 1000));
}
