import {
  type Condition,
  type DocumentStore,
  type Filter,
  type FindOptions,
  MAX_LIMIT,
  type OrderBy,
  type Scalar,
  StoreError,
  type Update,
} from '../../ports/document-store';

/**
 * Input rules both adapters enforce before touching a database, so a use case that passes on sqlite cannot fail on
 * CloudBase for a reason the port could have caught. Names and paths are checked here because the sqlite adapter
 * inlines them into SQL (values never are).
 */
type Adapter = DocumentStore['kind'];

const COLLECTION_NAME = /^[a-z][a-z0-9_]{0,62}$/;
const FIELD_PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const DEFAULT_LIMIT = 100;
const MAX_ID_LENGTH = 128;

export type Direction = 'asc' | 'desc';
export type OrderField = readonly [field: string, direction: Direction];

export function invalid(adapter: Adapter, message: string): StoreError {
  return new StoreError('INVALID', adapter, message);
}

export function assertCollectionName(adapter: Adapter, name: string): void {
  // sqlite_ names are reserved by SQLite itself; rejecting them everywhere keeps both adapters accepting the same set.
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name) || name.startsWith('sqlite_')) {
    throw invalid(adapter, `invalid collection name ${JSON.stringify(name)}: use ${COLLECTION_NAME.source}`);
  }
}

export function assertFieldPath(adapter: Adapter, path: string): void {
  if (typeof path !== 'string' || !FIELD_PATH.test(path) || (path.startsWith('_id.') && path !== '_id')) {
    throw invalid(adapter, `invalid field path ${JSON.stringify(path)}`);
  }
}

export function assertId(adapter: Adapter, id: unknown): asserts id is string {
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
    throw invalid(adapter, `a document _id must be a non-empty string of at most ${MAX_ID_LENGTH} characters`);
  }
}

function isScalar(value: unknown): value is Scalar {
  if (typeof value === 'number') return Number.isFinite(value);
  return value === null || typeof value === 'string' || typeof value === 'boolean';
}

const RANGE_KEYS = new Set(['gt', 'gte', 'lt', 'lte']);

function isValidCondition(condition: Condition): boolean {
  if (condition === null || typeof condition !== 'object') return isScalar(condition);
  const keys = Object.keys(condition);
  if (keys.length === 1 && 'eq' in condition) return isScalar(condition.eq);
  if (keys.length === 1 && 'ne' in condition) return isScalar(condition.ne);
  if (keys.length === 1 && 'in' in condition) return Array.isArray(condition.in) && condition.in.every(isScalar);
  if (keys.length === 1 && 'exists' in condition) return typeof condition.exists === 'boolean';
  if (keys.length === 0 || !keys.every((key) => RANGE_KEYS.has(key))) return false;
  // Ranges compare one type at a time (as CloudBase does): numbers with numbers, strings with strings.
  const bounds = Object.values(condition);
  const kinds = new Set(bounds.map((bound) => typeof bound));
  return kinds.size === 1 && (kinds.has('number') || kinds.has('string')) && bounds.every(isScalar);
}

/** Checks one condition's shape; the adapters translate only shapes that passed. */
export function assertCondition(adapter: Adapter, path: string, condition: Condition): void {
  if (!isValidCondition(condition)) {
    const shown = JSON.stringify(condition);
    throw invalid(
      adapter,
      `filter on ${path}: unsupported condition ${shown} (range bounds: all numbers or all strings)`,
    );
  }
}

export function assertFilter(adapter: Adapter, filter: Filter): void {
  if (filter === null || typeof filter !== 'object' || Array.isArray(filter)) {
    throw invalid(adapter, 'a filter must be an object of field conditions');
  }
  for (const [path, condition] of Object.entries(filter)) {
    assertFieldPath(adapter, path);
    assertCondition(adapter, path, condition);
  }
}

export function resolveLimit(adapter: Adapter, options: FindOptions | undefined): number {
  const limit = options?.limit ?? DEFAULT_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw invalid(adapter, `limit must be an integer from 1 to ${MAX_LIMIT}, got ${limit}`);
  }
  return limit;
}

/**
 * The order a page is really read in: the caller's fields, then `_id` so ties have one stable order a cursor can
 * resume from. Anything after an explicit `_id` could never break a tie, so it is dropped.
 */
export function effectiveOrder(adapter: Adapter, orderBy: OrderBy | undefined): OrderField[] {
  const order: OrderField[] = [];
  for (const entry of orderBy ?? []) {
    const [field, direction] = entry;
    assertFieldPath(adapter, field);
    if (direction !== 'asc' && direction !== 'desc') throw invalid(adapter, `order direction for ${field}: asc|desc`);
    if (order.some(([seen]) => seen === field)) throw invalid(adapter, `order names ${field} twice`);
    order.push([field, direction]);
    if (field === '_id') return order;
  }
  order.push(['_id', 'asc']);
  return order;
}

function overlaps(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
}

/** An update touches each path once (CloudBase rejects `a` and `a.b` together) and never `_id`. */
export function assertUpdate(adapter: Adapter, update: Update): void {
  if (update === null || typeof update !== 'object') throw invalid(adapter, 'an update must be an object');
  const known = new Set(['set', 'inc', 'push', 'unset']);
  for (const key of Object.keys(update)) if (!known.has(key)) throw invalid(adapter, `unknown update operator ${key}`);
  const paths: string[] = [
    ...Object.keys(update.set ?? {}),
    ...Object.keys(update.inc ?? {}),
    ...Object.keys(update.push ?? {}),
    ...(update.unset ?? []),
  ];
  if (paths.length === 0) throw invalid(adapter, 'an update must change at least one field');
  paths.forEach((path, index) => {
    assertFieldPath(adapter, path);
    if (path === '_id') throw invalid(adapter, '_id cannot be updated');
    const clash = paths.slice(0, index).find((other) => overlaps(other, path));
    if (clash !== undefined) throw invalid(adapter, `update touches ${clash} and ${path} at once`);
  });
  for (const [path, value] of Object.entries(update.set ?? {})) {
    if (value === undefined) throw invalid(adapter, `set ${path}: undefined is not storable, use unset`);
  }
  for (const [path, value] of Object.entries(update.inc ?? {})) {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(adapter, `inc ${path}: not a number`);
  }
  for (const [path, value] of Object.entries(update.push ?? {})) {
    if (value === undefined) throw invalid(adapter, `push ${path}: undefined is not storable`);
  }
}
