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
 * answered as 'any'. If-Match compares strongly (RFC 9110 section 13.1.1):
 * a weak tag (W/"7") never matches there and is left out. If-None-Match
 * compares weakly (section 13.1.2): W/"7" names version 7. Anything
 * unreadable answers undefined.
 */
export function parseEntityTags(
  header: string,
  comparison: 'strong' | 'weak',
): 'any' | number[] | undefined {
  if (header.trim() === '*') return 'any';

  const versions: number[] = [];
  for (const part of header.split(',')) {
    const match = /^\s*(W\/)?"(\d{1,15})"\s*$/.exec(part);
    if (match?.[2] === undefined) return undefined;
    if (match[1] === undefined || comparison === 'weak') versions.push(Number(match[2]));
  }
  return versions;
}
