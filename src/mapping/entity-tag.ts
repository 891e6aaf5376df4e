/**
 * Resource versions as entity tags (RFC 7644 section 3.14, RFC 9110 section
 * 8.8.3). The tag is the Systam user's version, which changes on every write.
 * It is a strong tag, so If-Match can use it (weak tags never match there).
 */
export function formatEntityTag(version: number): string {
  return `"${version}"`;
}

/**
 * Reads the versions named by an If-Match or If-None-Match header. `*` is
 * answered as 'any'; a weak tag (W/"7") is read by its value, because weak
 * comparison is what If-None-Match uses and a client that echoes a weak tag
 * means the same version. Anything unreadable answers undefined.
 */
export function parseEntityTags(header: string): 'any' | number[] | undefined {
  if (header.trim() === '*') return 'any';

  const versions: number[] = [];
  for (const part of header.split(',')) {
    const match = /^\s*(?:W\/)?"(\d{1,15})"\s*$/.exec(part);
    if (match?.[1] === undefined) return undefined;
    versions.push(Number(match[1]));
  }
  return versions.length > 0 ? versions : undefined;
}
