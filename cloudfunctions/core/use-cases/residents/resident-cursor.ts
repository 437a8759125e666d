import { AppError } from '../../errors';

/**
 * The residents list pages by resident id: a page ends after resident X, the next starts after X. The cursor also
 * names the search it belongs to, so one carried over to another search is refused instead of skipping people.
 */
interface ResidentCursor {
  after: string;
  query: string;
}

export function encodeResidentCursor(cursor: ResidentCursor): string {
  return Buffer.from(JSON.stringify([1, cursor.after, cursor.query])).toString('base64url');
}

export function decodeResidentCursor(raw: string | null | undefined, query: string): string | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  if (!Array.isArray(parsed) || parsed[0] !== 1 || typeof parsed[1] !== 'string' || parsed[2] !== query) {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'cursor', message: '分页参数无效，请刷新后重试' }] });
  }
  return parsed[1];
}

/** What a cursor is tied to: the search text and the place it is narrowed to. */
export function queryKeyOf(input: { q?: string | undefined; within?: string | undefined }): string {
  return `${input.within ?? ''}|${input.q ?? ''}`;
}
