/**
 * DocumentStore: CloudBase's document model (collections of JSON documents keyed by `_id`), which the sqlite
 * adapter reproduces locally. Use cases see only this port.
 *
 * Field names in filters, orders and updates are dot paths (`room.buildingId`).
 */

export type Scalar = string | number | boolean | null;
export type Doc = { _id: string } & Record<string, unknown>;
/** A document to insert: every field of T except that `_id` may be left for the store to generate. */
export type NewDoc<T extends Doc> = { [K in keyof T as K extends '_id' ? never : K]: T[K] } & { _id?: string };

/** A condition on one field: a scalar means equality. */
export type Condition =
  | Scalar
  | { eq: Scalar }
  | { ne: Scalar }
  | { in: readonly Scalar[] }
  | { gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar }
  | { exists: boolean };

/** All conditions must hold (AND). */
export type Filter = Record<string, Condition>;

export type OrderBy = readonly (readonly [field: string, direction: 'asc' | 'desc'])[];

export const MAX_LIMIT = 1000;

export interface FindOptions {
  orderBy?: OrderBy;
  /** 1..MAX_LIMIT, default 100. */
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`, with the same filter and order. */
  cursor?: string | null;
}

export interface Page<T> {
  items: T[];
  /** Null when there is nothing after this page. */
  nextCursor: string | null;
}

/** Atomic operators, applied together to each matched document. */
export interface Update {
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
  /** Appends one value to an array field (creating it). */
  push?: Record<string, unknown>;
  unset?: readonly string[];
}

export interface Collection<T extends Doc = Doc> {
  get(id: string): Promise<T | null>;
  find(filter: Filter, options?: FindOptions): Promise<Page<T>>;
  count(filter: Filter): Promise<number>;
  /** Inserts and returns the `_id` (generated when absent). A unique index violation throws StoreError 'DUPLICATE'. */
  insert(doc: NewDoc<T>): Promise<string>;
  /** Conditional update: applies `update` to every document matching `filter`; returns how many changed. */
  update(filter: Filter, update: Update): Promise<number>;
  remove(filter: Filter): Promise<number>;
}

export interface IndexSpec {
  collection: string;
  fields: readonly string[];
  unique?: boolean;
}

/**
 * A document-level transaction (CloudBase takes documents by id, not queries). Reads see a consistent snapshot;
 * writes are buffered and applied atomically at the end; the whole callback may run again on a conflict, so it
 * must have no side effects beyond the transaction.
 */
export interface Transaction {
  get<T extends Doc>(collection: string, id: string): Promise<T | null>;
  /** Creates or replaces the whole document. */
  set<T extends Doc>(collection: string, doc: T): Promise<void>;
  update(collection: string, id: string, update: Update): Promise<void>;
  remove(collection: string, id: string): Promise<void>;
}

export interface DocumentStore {
  readonly kind: 'sqlite' | 'cloudbase';
  collection<T extends Doc = Doc>(name: string): Collection<T>;
  /** Creates missing collections and indexes; safe to call on every start. */
  ensureIndexes(indexes: readonly IndexSpec[]): Promise<void>;
  transaction<R>(run: (tx: Transaction) => Promise<R>): Promise<R>;
  close(): Promise<void>;
}

export type StoreErrorKind = 'DUPLICATE' | 'CONFLICT' | 'INVALID' | 'UNAVAILABLE' | 'CORRUPT';

/** Adapter failures say which adapter failed and keep the cause. */
export class StoreError extends Error {
  constructor(
    readonly kind: StoreErrorKind,
    readonly adapter: DocumentStore['kind'],
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[${adapter}] ${message}`, options);
    this.name = 'StoreError';
  }
}
