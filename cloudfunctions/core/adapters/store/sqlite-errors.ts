import { StoreError, type StoreErrorKind } from '../../ports/document-store';

/**
 * Turns SQLite failures into StoreErrors a use case can act on, keeping the original as `cause`. Our own StoreErrors
 * pass through; anything that is not a SQLite error (a bug) is rethrown untouched so its stack stays readable.
 */
function kindOf(code: string): StoreErrorKind {
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'DUPLICATE';
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB') return 'CORRUPT';
  // Busy/locked after busy_timeout, disk full, I/O errors, read-only or unopenable files: the store cannot serve now.
  return 'UNAVAILABLE';
}

function sqliteCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'SqliteError') return null;
  const code: unknown = 'code' in error ? error.code : undefined;
  return typeof code === 'string' ? code : null;
}

export function toStoreError(error: unknown, doing: string): unknown {
  if (error instanceof StoreError) return error;
  const code = sqliteCode(error);
  if (code === null) return error;
  const kind = kindOf(code);
  const detail = error instanceof Error ? error.message : String(error);
  const advice: Partial<Record<StoreErrorKind, string>> = {
    CORRUPT: ' — the database file is damaged or is not a SQLite database; restore it from a backup or move it aside',
    UNAVAILABLE: code.startsWith('SQLITE_BUSY') ? ' — another writer held the database past the busy timeout' : '',
  };
  return new StoreError(kind, 'sqlite', `${doing} failed (${code}: ${detail})${advice[kind] ?? ''}`, { cause: error });
}

/** Runs synchronous database work, mapping what it throws. */
export function guard<R>(doing: string, work: () => R): R {
  try {
    return work();
  } catch (error) {
    throw toStoreError(error, doing);
  }
}
