import type { Collection, Doc, Filter, FindOptions, NewDoc, Page, Scalar, Update } from '../../ports/document-store';
import { randomIds } from '../../ports/ids';
import { applyUpdate } from './apply-update';
import { decodeCursor, encodeCursor } from './page-cursor';
import { guard } from './sqlite-errors';
import { afterSql, fieldSql, orderSql, whereSql } from './sqlite-filter';
import { quoteTable, type SqliteSchema } from './sqlite-schema';
import {
  assertCollectionName,
  assertFilter,
  assertId,
  assertUpdate,
  effectiveOrder,
  invalid,
  resolveLimit,
} from './store-rules';

/**
 * One collection = one table `(_id TEXT PRIMARY KEY, doc TEXT)`. A collection nobody wrote to yet has no table and
 * reads as empty; the first insert creates it. Every method is synchronous inside, so no SQLite transaction ever
 * spans an `await` — other connections to the same file (other bundles in this process) never wait on us.
 */
interface Row {
  _id: string;
  doc: string;
}

export function parseDoc<T extends Doc>(json: string): T {
  return JSON.parse(json) as T;
}

export function toJson(adapter: 'sqlite', doc: object): string {
  const json = JSON.stringify(doc);
  if (json === undefined) throw invalid(adapter, 'document is not JSON-serialisable');
  return json;
}

export function createSqliteCollection<T extends Doc>(schema: SqliteSchema, name: string): Collection<T> {
  assertCollectionName('sqlite', name);
  const table = quoteTable(name);
  const { db } = schema;

  function selectMatches(filter: Filter): Row[] {
    const where = whereSql(filter, schema.columns(name));
    return schema.prepare(`SELECT _id, doc FROM ${table} WHERE ${where.sql}`).all(...where.params) as Row[];
  }

  return {
    async get(id) {
      assertId('sqlite', id);
      return guard(`get ${name}/${id}`, () => {
        if (!schema.hasTable(name)) return null;
        const row = schema.prepare(`SELECT doc FROM ${table} WHERE _id = ?`).get(id) as Row | undefined;
        return row ? parseDoc<T>(row.doc) : null;
      });
    },

    async find(filter: Filter, options?: FindOptions): Promise<Page<T>> {
      assertFilter('sqlite', filter);
      const limit = resolveLimit('sqlite', options);
      const order = effectiveOrder('sqlite', options?.orderBy);
      const after = options?.cursor ? decodeCursor('sqlite', options.cursor, filter, order) : null;
      return guard(`find in ${name}`, () => {
        if (!schema.hasTable(name)) return { items: [], nextCursor: null };
        const columns = schema.columns(name);
        const where = whereSql(filter, columns);
        const keyset = after ? afterSql(order, after, columns) : { sql: '1', params: [] };
        const picks = order.map(([path], i) => `${fieldSql(path, columns)} AS o${i}`);
        const sql = `SELECT doc, ${picks.join(', ')} FROM ${table} WHERE (${where.sql}) AND ${keyset.sql} ORDER BY ${orderSql(order, columns)} LIMIT ?`;
        // One extra row says whether a next page exists without a second query or an empty last page.
        const rows = schema.prepare(sql).all(...where.params, ...keyset.params, limit + 1) as Record<string, Scalar>[];
        const page = rows.slice(0, limit);
        const last = page.at(-1);
        const nextCursor =
          rows.length > limit && last
            ? encodeCursor(
                filter,
                order,
                order.map((_, i) => last[`o${i}`] ?? null),
              )
            : null;
        return { items: page.map((row) => parseDoc<T>(String(row.doc))), nextCursor };
      });
    },

    async count(filter) {
      assertFilter('sqlite', filter);
      return guard(`count in ${name}`, () => {
        if (!schema.hasTable(name)) return 0;
        const where = whereSql(filter, schema.columns(name));
        const row = schema.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where.sql}`).get(...where.params);
        return (row as { n: number }).n;
      });
    },

    async insert(doc: NewDoc<T>) {
      if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw invalid('sqlite', 'insert needs an object');
      const id = doc._id ?? randomIds.next();
      assertId('sqlite', id);
      const json = toJson('sqlite', { ...doc, _id: id });
      return guard(`insert into ${name}`, () => {
        schema.ensureTable(name);
        schema.prepare(`INSERT INTO ${table} (_id, doc) VALUES (?, ?)`).run(id, json);
        return id;
      });
    },

    async update(filter: Filter, update: Update) {
      assertFilter('sqlite', filter);
      assertUpdate('sqlite', update);
      return guard(`update in ${name}`, () => {
        if (!schema.hasTable(name)) return 0;
        // Read-modify-write under one IMMEDIATE transaction, all synchronous: no other connection can slip a write
        // between our read and our write, so concurrent conditional decrements never lose one.
        return db
          .transaction(() => {
            let changed = 0;
            const write = schema.prepare(`UPDATE ${table} SET doc = ? WHERE _id = ?`);
            for (const row of selectMatches(filter)) {
              const next = toJson('sqlite', applyUpdate('sqlite', parseDoc<T>(row.doc), update));
              if (next === row.doc) continue; // like CloudBase, a no-op write is not a change
              write.run(next, row._id);
              changed++;
            }
            return changed;
          })
          .immediate();
      });
    },

    async remove(filter) {
      assertFilter('sqlite', filter);
      return guard(`remove from ${name}`, () => {
        if (!schema.hasTable(name)) return 0;
        const where = whereSql(filter, schema.columns(name));
        return schema.prepare(`DELETE FROM ${table} WHERE ${where.sql}`).run(...where.params).changes;
      });
    },
  };
}
