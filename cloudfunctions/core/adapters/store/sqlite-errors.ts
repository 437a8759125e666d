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

/**
 * Duck-typed, not `instanceof`: the native driver keeps the SqliteError class of whichever module registry loaded it
 * first, so under jest (a registry per test file, one addon per worker) it comes from another realm.
 */
function asSqliteError(error: unknown): { code: string; message: string } | null {
  if (error === null || typeof error !== 'object' || Reflect.get(error, 'name') !== 'SqliteError') return null;
  const code: unknown = Reflect.get(error, 'code');
  return typeof code === 'string' ? { code, message: String(Reflect.get(error, 'message')) } : null;
}

export function toStoreError(error: unknown, doing: string): unknown {
  if (error instanceof StoreError) return error;
  const sqlite = asSqliteError(error);
  if (sqlite === null) return error;
  const { code, message } = sqlite;
  const kind = kindOf(code);
  const advice: Partial<Record<StoreErrorKind, string>> = {
    CORRUPT: ' — the database file is damaged or is not a SQLite database; restore it from a backup or move it aside',
    UNAVAILABLE: code.startsWith('SQLITE_BUSY') ? ' — another writer held the database past the busy timeout' : '',
  };
  return new StoreError(kind, 'sqlite', `${doing} failed (${code}: ${message})${advice[kind] ?? ''}`, { cause: error });
}

/** Runs synchronous database work, mapping what it throws. */
export function guard<R>(doing: string, work: () => R): R {
  try {
    return work();
  } catch (error) {
    throw toStoreError(error, doing);
  }
}
