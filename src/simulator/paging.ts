import type { CursorCodec, CursorPosition } from './cursor-codec.js';
import { SimulatorError } from './simulator-error.js';

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string;
  readonly offset?: number;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Continues after the last item; null on the last page. */
  readonly nextCursor: string | null;
}

export type CursorScope = Omit<CursorPosition, 'after'>;

/**
 * Cuts one page out of a list already in its final order. A cursor remembers
 * the sort key of the last item rather than a position, so a page that follows
 * a deletion or a creation neither skips nor repeats an item.
 */
export function selectPage<T>(
  ordered: readonly T[],
  request: PageRequest,
  scope: CursorScope,
  cursors: CursorCodec,
  sortKeyOf: (item: T) => number,
): Page<T> {
  if (request.cursor !== undefined && request.offset !== undefined) {
    throw new SimulatorError('VALIDATION_FAILED', 'Use either cursor or offset, not both', {
      details: { in: 'query', parameters: ['cursor', 'offset'] },
    });
  }

  const start =
    request.cursor === undefined
      ? (request.offset ?? 0)
      : findStart(ordered, readCursor(request.cursor, scope, cursors), sortKeyOf);
  const items = ordered.slice(start, start + request.limit);

  const last = items.at(-1);
  const hasMore = start + request.limit < ordered.length;
  const nextCursor =
    hasMore && last !== undefined ? cursors.encode({ ...scope, after: sortKeyOf(last) }) : null;
  return { items, nextCursor };
}

function readCursor(text: string, scope: CursorScope, cursors: CursorCodec): number {
  const position = cursors.decode(text);
  if (position === undefined) {
    throw invalidCursor('cursor is not a cursor this API issued');
  }

  const sameQuery =
    position.list === scope.list &&
    position.organizationId === scope.organizationId &&
    position.filters === scope.filters;
  if (!sameQuery) throw invalidCursor('cursor belongs to another list or other filters');
  return position.after;
}

function findStart<T>(
  ordered: readonly T[],
  after: number,
  sortKeyOf: (item: T) => number,
): number {
  const index = ordered.findIndex((item) => sortKeyOf(item) > after);
  return index === -1 ? ordered.length : index;
}

function invalidCursor(message: string): SimulatorError {
  return new SimulatorError('VALIDATION_FAILED', message, {
    details: { in: 'query', parameter: 'cursor' },
  });
}
