import { init, SYMBOL_CURRENT_ENV } from '@cloudbase/node-sdk';
import {
  type Collection,
  type Doc,
  type DocumentStore,
  type Filter,
  MAX_LIMIT,
  type Scalar,
  type Transaction,
} from '../../ports/document-store';
import { randomIds } from '../../ports/ids';
import { readPath } from './apply-update';
import { checked, isConflict, isExistingCollection, isMissingCollection, toStoreError } from './cloudbase-errors';
import { type CloudbaseCommand, filterQuery, updateData, whereQuery } from './cloudbase-query';
import { decodeCursor, encodeCursor } from './page-cursor';
import * as rules from './store-rules';

/**
 * The production DocumentStore on CloudBase's document database (@cloudbase/node-sdk). Transactions are CloudBase's
 * own (server-side, by document id, retried by the SDK on conflict).
 *
 * Indexes: CloudBase creates indexes in the console or with the CLI, not through the SDK, so `ensureIndexes` only
 * creates missing collections (a first write into a missing collection fails otherwise). Create every index listed
 * in `core/store/indexes.ts` in the console, unique ones as unique, before the functions go live.
 */
export interface CloudbaseStoreOptions {
  /** Omitted inside a CloudBase function: the function's own environment. */
  env?: string;
  secretId?: string;
  secretKey?: string;
  sessionToken?: string;
}

interface Reply {
  requestId?: unknown;
  code?: unknown;
  data?: unknown;
  total?: unknown;
  updated?: unknown;
  deleted?: unknown;
}

/** The slice of the SDK used here (its own typings are mostly `any`). */
export interface CloudbaseQuery {
  where(query: object): CloudbaseQuery;
  orderBy(field: string, direction: 'asc' | 'desc'): CloudbaseQuery;
  limit(count: number): CloudbaseQuery;
  get(): Promise<Reply>;
  count(): Promise<Reply>;
  update(data: object): Promise<Reply>;
  remove(): Promise<Reply>;
}
interface CloudbaseDocument {
  get(): Promise<Reply>;
  set(data: object): Promise<Reply>;
  update(data: object): Promise<Reply>;
  remove(): Promise<Reply>;
}
export interface CloudbaseCollection extends CloudbaseQuery {
  doc(id: string): CloudbaseDocument;
  add(data: object): Promise<Reply>;
}
export interface CloudbaseDatabase {
  command: CloudbaseCommand;
  collection(name: string): CloudbaseCollection;
  createCollection(name: string): unknown;
  runTransaction(
    run: (tx: { collection(name: string): CloudbaseCollection }) => Promise<unknown>,
    times?: number,
  ): Promise<unknown>;
}

const TRANSACTION_ATTEMPTS = 5;

export async function createCloudbaseStore(options: CloudbaseStoreOptions): Promise<DocumentStore> {
  const credentials = Object.fromEntries(
    Object.entries({
      secretId: options.secretId,
      secretKey: options.secretKey,
      sessionToken: options.sessionToken,
    }).filter(([, value]) => value),
  );
  const app = init({ env: options.env || SYMBOL_CURRENT_ENV, ...credentials });
  return createCloudbaseStoreOn(app.database());
}

/** The document in a `doc(id).get()` reply: an array outside transactions, the document (or null) inside. */
function firstDoc<T extends Doc>(reply: Reply): T | null {
  const found: unknown = Array.isArray(reply.data) ? reply.data[0] : reply.data;
  return found !== null && typeof found === 'object' && '_id' in found ? (found as T) : null;
}

function asDocs<T extends Doc>(reply: Reply): T[] {
  return Array.isArray(reply.data) ? (reply.data as T[]) : [];
}

function orderValue(doc: Doc, field: string): Scalar {
  const value = field === '_id' ? doc._id : readPath(doc, field);
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') throw rules.invalid('cloudbase', `cannot page past a non-scalar ${field}`);
  return value as Scalar;
}

/** Runs a call; a collection that does not exist yet reads as `whenMissing` (the port's "empty"). */
async function attempt<R>(doing: string, work: () => Promise<R>, whenMissing: R): Promise<R> {
  try {
    return await work();
  } catch (error) {
    if (isMissingCollection(error)) return whenMissing;
    throw toStoreError(error, doing);
  }
}

export function createCloudbaseStoreOn(db: CloudbaseDatabase): DocumentStore {
  const _ = db.command;

  async function createCollection(name: string): Promise<void> {
    try {
      checked(await db.createCollection(name));
    } catch (error) {
      if (!isExistingCollection(error)) throw toStoreError(error, `create collection ${name}`);
    }
  }

  function collection<T extends Doc>(name: string): Collection<T> {
    rules.assertCollectionName('cloudbase', name);
    const ref = () => db.collection(name);
    return {
      async get(id) {
        rules.assertId('cloudbase', id);
        return attempt(`get ${name}/${id}`, async () => firstDoc<T>(checked(await ref().doc(id).get())), null);
      },
      async find(filter, options) {
        rules.assertFilter('cloudbase', filter);
        const limit = rules.resolveLimit('cloudbase', options);
        const order = rules.effectiveOrder('cloudbase', options?.orderBy);
        const values = options?.cursor ? decodeCursor('cloudbase', options.cursor, filter, order) : null;
        let query = ref().where(whereQuery(_, filter, values && { order, values }));
        for (const [field, direction] of order) query = query.orderBy(field, direction);
        // One extra row says whether a next page exists; at MAX_LIMIT the SDK caps it, so a full page may be last.
        const docs = await attempt(
          `find in ${name}`,
          async () => asDocs<T>(checked(await query.limit(Math.min(limit + 1, MAX_LIMIT)).get())),
          [],
        );
        const items = docs.slice(0, limit);
        const last = items.at(-1);
        const hasMore = docs.length > limit || (limit === MAX_LIMIT && docs.length === MAX_LIMIT);
        const nextCursor =
          hasMore && last
            ? encodeCursor(
                filter,
                order,
                order.map(([field]) => orderValue(last, field)),
              )
            : null;
        return { items, nextCursor };
      },
      async count(filter) {
        rules.assertFilter('cloudbase', filter);
        const reply = await attempt(
          `count in ${name}`,
          async () => checked(await ref().where(filterQuery(_, filter)).count()),
          {},
        );
        return Number(reply.total ?? 0);
      },
      async insert(doc) {
        if (doc === null || typeof doc !== 'object') throw rules.invalid('cloudbase', 'insert needs an object');
        const id = doc._id ?? randomIds.next();
        rules.assertId('cloudbase', id);
        const add = async () => checked(await ref().add({ ...doc, _id: id }));
        try {
          await add();
        } catch (error) {
          if (!isMissingCollection(error)) throw toStoreError(error, `insert into ${name}`);
          await createCollection(name);
          await add().catch((retryError: unknown) => Promise.reject(toStoreError(retryError, `insert into ${name}`)));
        }
        return id;
      },
      async update(filter, update) {
        rules.assertFilter('cloudbase', filter);
        rules.assertUpdate('cloudbase', update);
        const data = updateData(_, update);
        const reply = await attempt(
          `update in ${name}`,
          async () => checked(await ref().where(filterQuery(_, filter)).update(data)),
          {},
        );
        return Number(reply.updated ?? 0);
      },
      async remove(filter: Filter) {
        rules.assertFilter('cloudbase', filter);
        const reply = await attempt(
          `remove from ${name}`,
          async () => checked(await ref().where(filterQuery(_, filter)).remove()),
          {},
        );
        return Number(reply.deleted ?? 0);
      },
    };
  }

  function inTransaction(tx: { collection(name: string): CloudbaseCollection }): Transaction {
    const doc = (name: string, id: unknown) => {
      rules.assertCollectionName('cloudbase', name);
      rules.assertId('cloudbase', id);
      return tx.collection(name).doc(id);
    };
    // Conflicts stay raw so the SDK's runTransaction recognises and retries them; everything else becomes a StoreError.
    const step = async <R>(doing: string, work: () => Promise<R>): Promise<R> => {
      try {
        return await work();
      } catch (error) {
        throw isConflict(error) ? error : toStoreError(error, doing);
      }
    };
    return {
      async get<T extends Doc>(name: string, id: string) {
        const ref = doc(name, id);
        return step(`transaction get ${name}/${id}`, async () => {
          try {
            return firstDoc<T>(checked(await ref.get()));
          } catch (error) {
            if (isMissingCollection(error)) return null;
            throw error;
          }
        });
      },
      async set<T extends Doc>(name: string, value: T) {
        const { _id, ...fields } = value ?? {};
        const ref = doc(name, _id);
        await step(`transaction set ${name}/${_id}`, async () => {
          try {
            checked(await ref.set(fields));
          } catch (error) {
            if (!isMissingCollection(error)) throw error;
            // Collections cannot be created inside a transaction: create it, then have the SDK run the callback again.
            await createCollection(name);
            throw Object.assign(new Error(`created collection ${name}; retrying`), {
              code: 'DATABASE_TRANSACTION_CONFLICT',
            });
          }
        });
      },
      async update(name, id, update) {
        rules.assertUpdate('cloudbase', update);
        const ref = doc(name, id);
        // A missing document updates nothing, as in the port.
        await step(`transaction update ${name}/${id}`, async () => checked(await ref.update(updateData(_, update))));
      },
      async remove(name, id) {
        const ref = doc(name, id);
        await step(`transaction remove ${name}/${id}`, async () => checked(await ref.remove()));
      },
    };
  }

  return {
    kind: 'cloudbase',
    collection,
    async ensureIndexes(indexes) {
      for (const spec of indexes) {
        rules.assertCollectionName('cloudbase', spec.collection);
        for (const field of spec.fields) rules.assertFieldPath('cloudbase', field);
      }
      for (const name of new Set(indexes.map((spec) => spec.collection))) await createCollection(name);
    },
    async transaction<R>(run: (tx: Transaction) => Promise<R>): Promise<R> {
      const thrownByCallback = new WeakSet<object>();
      try {
        const result = await db.runTransaction(async (tx) => {
          try {
            return await run(inTransaction(tx));
          } catch (error) {
            if (error !== null && typeof error === 'object' && !isConflict(error)) thrownByCallback.add(error);
            throw error;
          }
        }, TRANSACTION_ATTEMPTS);
        return result as R;
      } catch (error) {
        // The callback's own errors (an AppError, say) reach the use case untouched.
        if (error !== null && typeof error === 'object' && thrownByCallback.has(error)) throw error;
        throw toStoreError(error, 'transaction');
      }
    },
    async close() {
      // The SDK holds no connection to release: each call is an HTTPS request.
    },
  };
}
