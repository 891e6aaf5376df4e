import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Where a page ended: the list, whose list, which filters, and the sort key of its last item. */
export interface CursorPosition {
  readonly list: 'users' | 'workspaces';
  readonly organizationId: string;
  /** A digest of the filters, so that a cursor only continues the query that made it. */
  readonly filters: string;
  readonly after: number;
}

const signatureLength = 22;

/**
 * Opaque page cursors: the position in JSON, signed with a key of this
 * simulator instance, so a cursor that was altered, made up or issued by
 * another instance is refused instead of silently read.
 */
export class CursorCodec {
  readonly #key: Buffer;

  constructor(key: Buffer = randomBytes(32)) {
    this.#key = key;
  }

  encode(position: CursorPosition): string {
    const payload = Buffer.from(JSON.stringify(position)).toString('base64url');
    return `${payload}.${this.#sign(payload)}`;
  }

  /** The position, or undefined when the text is not a cursor of this instance. */
  decode(text: string): CursorPosition | undefined {
    const [payload, signature, ...rest] = text.split('.');
    if (payload === undefined || signature === undefined || rest.length > 0) return undefined;

    const expected = Buffer.from(this.#sign(payload));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;

    return parsePosition(Buffer.from(payload, 'base64url').toString('utf8'));
  }

  #sign(payload: string): string {
    const digest = createHmac('sha256', this.#key).update(payload).digest('base64url');
    return digest.slice(0, signatureLength);
  }
}

/** A short digest of filter values, stable whatever order the parameters came in. */
export function digestFilters(filters: Readonly<Record<string, unknown>>): string {
  const entries = Object.entries(filters)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(entries)).digest('base64url').slice(0, 16);
}

function parsePosition(json: string): CursorPosition | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }

  const position = value as Partial<CursorPosition> | null;
  const valid =
    typeof position === 'object' &&
    position !== null &&
    (position.list === 'users' || position.list === 'workspaces') &&
    typeof position.organizationId === 'string' &&
    typeof position.filters === 'string' &&
    Number.isSafeInteger(position.after);
  return valid ? (position as CursorPosition) : undefined;
}
