import { setTimeout as sleep } from 'node:timers/promises';
import { type Doc, StoreError, type Transaction, type Update } from '../../ports/document-store';
import { applyUpdate } from './apply-update';
import { parseDoc, toJson } from './sqlite-collection';
import { guard } from './sqlite-errors';
import { quoteTable, type SqliteSchema } from './sqlite-schema';
import { assertCollectionName, assertId, assertUpdate, invalid } from './store-rules';

/**
 * Optimistic document transactions. better-sqlite3 is synchronous and several bundles in one process each hold a
 * connection to the same file, so a SQLite write transaction must never stay open across an `await` (the others
 * would block the whole event loop waiting for it). Instead the callback runs with no lock held: reads remember the
 * exact stored JSON they saw, writes are buffered (and visible to later reads in the same callback). At the end,
 * synchronously, BEGIN IMMEDIATE, check every document read is still what was seen, apply the writes, COMMIT. If
 * something changed underneath, nothing is written and the callback runs again.
 */
const MAX_ATTEMPTS = 5;

interface Write {
  collection: string;
  id: string;
  /** The document as it will be stored (serialised once, which also isolates it from later caller mutation). */
  json: string | null;
}

interface Attempt {
  /** key → stored JSON when first read (null: absent). */
  reads: Map<string, { collection: string; id: string; json: string | null }>;
  writes: Map<string, Write>;
  isOpen: boolean;
}

const keyOf = (collection: string, id: string): string => `${collection}\u0000${id}`;

function readStored(schema: SqliteSchema, collection: string, id: string): string | null {
  if (!schema.hasTable(collection)) return null;
  const row = schema.prepare(`SELECT doc FROM ${quoteTable(collection)} WHERE _id = ?`).get(id) as
    | { doc: string }
    | undefined;
  return row?.doc ?? null;
}

function openTransaction(schema: SqliteSchema, attempt: Attempt): Transaction {
  function check(collection: string, id: unknown): asserts id is string {
    if (!attempt.isOpen) throw invalid('sqlite', 'transaction already finished (a missing await in its callback?)');
    assertCollectionName('sqlite', collection);
    assertId('sqlite', id);
  }

  function current(collection: string, id: string): Doc | null {
    const key = keyOf(collection, id);
    const written = attempt.writes.get(key);
    if (written) return written.json === null ? null : parseDoc(written.json);
    let seen = attempt.reads.get(key);
    if (!seen) {
      const json = guard(`transaction read ${collection}/${id}`, () => readStored(schema, collection, id));
      seen = { collection, id, json };
      attempt.reads.set(key, seen);
    }
    return seen.json === null ? null : parseDoc(seen.json);
  }

  return {
    async get<T extends Doc>(collection: string, id: string) {
      check(collection, id);
      return current(collection, id) as T | null;
    },
    async set<T extends Doc>(collection: string, doc: T) {
      check(collection, doc?._id);
      attempt.writes.set(keyOf(collection, doc._id), { collection, id: doc._id, json: toJson('sqlite', doc) });
    },
    async update(collection: string, id: string, update: Update) {
      check(collection, id);
      assertUpdate('sqlite', update);
      const doc = current(collection, id);
      // Like CloudBase, updating a document that does not exist changes nothing.
      if (!doc) return;
      attempt.writes.set(keyOf(collection, id), {
        collection,
        id,
        json: toJson('sqlite', applyUpdate('sqlite', doc, update)),
      });
    },
    async remove(collection: string, id: string) {
      check(collection, id);
      attempt.writes.set(keyOf(collection, id), { collection, id, json: null });
    },
  };
}

/** Validates the reads and applies the writes atomically; false when a read document changed meanwhile. */
function commit(schema: SqliteSchema, attempt: Attempt): boolean {
  const { db } = schema;
  const work = db.transaction(() => {
    for (const seen of attempt.reads.values()) {
      if (readStored(schema, seen.collection, seen.id) !== seen.json) return false;
    }
    for (const { collection, id, json } of attempt.writes.values()) {
      const table = quoteTable(collection);
      if (json === null) {
        if (schema.hasTable(collection)) schema.prepare(`DELETE FROM ${table} WHERE _id = ?`).run(id);
        continue;
      }
      schema.ensureTable(collection);
      schema
        .prepare(`INSERT INTO ${table} (_id, doc) VALUES (?, ?) ON CONFLICT (_id) DO UPDATE SET doc = excluded.doc`)
        .run(id, json);
    }
    return true;
  });
  // A read-only transaction takes no write lock; it only confirms its snapshot was consistent.
  return guard('transaction commit', () => (attempt.writes.size === 0 ? work.deferred() : work.immediate()));
}

export async function runOptimisticTransaction<R>(
  schema: SqliteSchema,
  run: (tx: Transaction) => Promise<R>,
): Promise<R> {
  for (let attemptNo = 1; ; attemptNo++) {
    const attempt: Attempt = { reads: new Map(), writes: new Map(), isOpen: true };
    let result: R;
    try {
      result = await run(openTransaction(schema, attempt));
    } finally {
      attempt.isOpen = false;
    }
    if (commit(schema, attempt)) return result;
    if (attemptNo >= MAX_ATTEMPTS) {
      throw new StoreError(
        'CONFLICT',
        'sqlite',
        `transaction gave up after ${MAX_ATTEMPTS} attempts: documents it read kept changing underneath it`,
      );
    }
    // Random backoff spreads the retries of transactions that collided so they stop colliding.
    await sleep(Math.random() * 4 * attemptNo);
  }
}
