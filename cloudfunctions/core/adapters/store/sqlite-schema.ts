import type Database from 'better-sqlite3';
import type { IndexSpec } from '../../ports/document-store';
import { assertCollectionName, assertFieldPath } from './store-rules';

/**
 * What one connection knows about the file's tables: which collections exist, which fields have generated columns,
 * and a cache of prepared statements. Several connections (one per loaded bundle) share a file, so only positive
 * facts are cached — a table another connection created is found on the next lookup.
 *
 * Names reach SQL text only after validation (collection `^[a-z][a-z0-9_]*$`, paths of identifiers); values are
 * always bound parameters.
 */
const STATEMENT_CACHE_SIZE = 500;

export type Statement = Database.Statement<unknown[], unknown>;

export interface SqliteSchema {
  readonly db: Database.Database;
  prepare(sql: string): Statement;
  hasTable(collection: string): boolean;
  ensureTable(collection: string): void;
  /** Field path → quoted generated column, for fields some index declared. */
  columns(collection: string): ReadonlyMap<string, string>;
  ensureIndex(spec: IndexSpec): void;
}

export const quoteTable = (collection: string): string => `"${collection}"`;
const columnName = (path: string): string => `$${path}`;
const quoteColumn = (path: string): string => `"${columnName(path)}"`;

export function createSqliteSchema(db: Database.Database): SqliteSchema {
  const statements = new Map<string, Statement>();
  const tables = new Set<string>();
  const columnsByTable = new Map<string, Map<string, string>>();

  function prepare(sql: string): Statement {
    const cached = statements.get(sql);
    if (cached) return cached;
    if (statements.size >= STATEMENT_CACHE_SIZE) {
      const oldest = statements.keys().next().value;
      if (oldest !== undefined) statements.delete(oldest);
    }
    const statement: Statement = db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  }

  function hasTable(collection: string): boolean {
    if (tables.has(collection)) return true;
    const row = prepare(`SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?`).get(collection);
    if (row !== undefined && !db.inTransaction) tables.add(collection);
    return row !== undefined;
  }

  function ensureTable(collection: string): void {
    if (tables.has(collection)) return;
    assertCollectionName('sqlite', collection);
    db.exec(`CREATE TABLE IF NOT EXISTS ${quoteTable(collection)} (_id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)`);
    // Inside a transaction the table exists only if it commits; hasTable will learn it then.
    if (!db.inTransaction) tables.add(collection);
  }

  /**
   * Reads the generated columns. Cached once the table exists: a column another connection adds later only costs
   * speed here, never correctness (the query falls back to json_extract), and every bundle runs ensureIndexes on start.
   */
  function loadColumns(collection: string): Map<string, string> {
    const found = new Map<string, string>();
    if (!hasTable(collection)) return found;
    const rows = db.prepare(`PRAGMA table_xinfo(${quoteTable(collection)})`).all() as { name: string }[];
    for (const { name } of rows) if (name.startsWith('$')) found.set(name.slice(1), `"${name}"`);
    if (!db.inTransaction) columnsByTable.set(collection, found);
    return found;
  }

  function columns(collection: string): ReadonlyMap<string, string> {
    return columnsByTable.get(collection) ?? loadColumns(collection);
  }

  function ensureIndex(spec: IndexSpec): void {
    assertCollectionName('sqlite', spec.collection);
    if (spec.fields.length === 0) return;
    for (const field of spec.fields) assertFieldPath('sqlite', field);
    const table = quoteTable(spec.collection);
    // IMMEDIATE: two bundles starting together must not both try to add the same column.
    db.transaction(() => {
      ensureTable(spec.collection);
      const existing = loadColumns(spec.collection);
      for (const field of spec.fields) {
        if (field === '_id' || existing.has(field)) continue;
        db.exec(
          `ALTER TABLE ${table} ADD COLUMN ${quoteColumn(field)} GENERATED ALWAYS AS (json_extract(doc, '$.${field}')) VIRTUAL`,
        );
      }
      if (spec.fields.length === 1 && spec.fields[0] === '_id') return;
      const suffix = spec.fields.join('__');
      const cols = spec.fields.map((field) => (field === '_id' ? '_id' : quoteColumn(field)));
      db.exec(`CREATE INDEX IF NOT EXISTS "${spec.collection}__i__${suffix}" ON ${table} (${cols.join(', ')})`);
      if (!spec.unique) return;
      // CloudBase (MongoDB) indexes a missing field as null, so only one document may lack a unique field; SQLite's
      // UNIQUE lets NULLs repeat. Mapping NULL to a blob (which json_extract never returns) restores CloudBase's
      // rule. Queries cannot use this expression index, hence the plain one above.
      const keys = cols.map((col) => `ifnull(${col}, x'00')`).join(', ');
      db.exec(`CREATE UNIQUE INDEX IF NOT EXISTS "${spec.collection}__u__${suffix}" ON ${table} (${keys})`);
    }).immediate();
    loadColumns(spec.collection);
  }

  return { db, prepare, hasTable, ensureTable, columns, ensureIndex };
}
