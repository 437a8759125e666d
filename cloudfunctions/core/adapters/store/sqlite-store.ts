import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Collection, type Doc, type DocumentStore, StoreError } from '../../ports/document-store';
import { createSqliteCollection } from './sqlite-collection';
import { guard } from './sqlite-errors';
import { createSqliteSchema, type SqliteSchema } from './sqlite-schema';
import { runOptimisticTransaction } from './sqlite-transaction';

/**
 * The local cloud's DocumentStore: one SQLite file in WAL mode (readers never block the writer), one table per
 * collection, declared indexes as generated columns. Each loaded bundle opens its own store on the same file.
 */
export interface SqliteStoreOptions {
  file: string;
  /** How long a write waits for another process's lock before failing UNAVAILABLE. */
  busyTimeoutMs?: number;
  /** Receives every SQL statement run (debugging, and tests that EXPLAIN the real queries). */
  trace?: (sql: string) => void;
}

const DEFAULT_BUSY_TIMEOUT_MS = 5000;

function open(file: string, busyTimeoutMs: number, trace?: (sql: string) => void): Database.Database {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, { timeout: busyTimeoutMs, verbose: trace ? (sql) => trace(String(sql)) : undefined });
  try {
    // The first statement reads the header: a damaged or foreign file fails here, before any bundle uses it.
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new StoreError('UNAVAILABLE', 'sqlite', `could not switch ${file} to WAL (got ${mode})`);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`);
    // NORMAL is durable across application crashes in WAL mode; only a power cut may lose the last commits.
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export async function createSqliteStore(options: SqliteStoreOptions): Promise<DocumentStore> {
  const { file } = options;
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const db = guard(`open ${file}`, () => open(file, busyTimeoutMs, options.trace));
  const schema: SqliteSchema = createSqliteSchema(db);

  function live(): SqliteSchema {
    if (!db.open) throw new StoreError('UNAVAILABLE', 'sqlite', `store on ${file} is closed`);
    return schema;
  }

  /** Operations on a closed store reject with UNAVAILABLE instead of better-sqlite3's TypeError. */
  function whileOpen<A extends unknown[], R>(operation: (...args: A) => Promise<R>) {
    return async (...args: A): Promise<R> => {
      live();
      return operation(...args);
    };
  }

  return {
    kind: 'sqlite',
    collection<T extends Doc = Doc>(name: string): Collection<T> {
      const collection = createSqliteCollection<T>(schema, name);
      // Check per call, not at creation: use cases may hold a collection across a store's close.
      return {
        get: whileOpen(collection.get),
        find: whileOpen(collection.find),
        count: whileOpen(collection.count),
        insert: whileOpen(collection.insert),
        update: whileOpen(collection.update),
        remove: whileOpen(collection.remove),
      };
    },
    async ensureIndexes(indexes) {
      live();
      for (const spec of indexes) guard(`ensure index on ${spec.collection}`, () => schema.ensureIndex(spec));
    },
    transaction: async (run) => runOptimisticTransaction(live(), run),
    async close() {
      if (db.open) db.close();
    },
  };
}
