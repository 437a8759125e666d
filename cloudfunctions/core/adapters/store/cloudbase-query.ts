import type { Condition, Filter, Scalar, Update } from '../../ports/document-store';
import type { OrderField } from './store-rules';

/**
 * Translates port filters, keyset cursors and updates into CloudBase database commands. CloudBase is MongoDB
 * underneath, so the port's semantics (null matches missing, ne matches missing, ranges stay within one type,
 * null sorts first) are its native ones; the work here is avoiding the SDK's surprises:
 * - `update({ a: { b: 1 } })` would MERGE into `a` (the SDK flattens objects to `a.b`); `set` must replace, so
 *   object values go through `_.set`.
 * - `_.push(x)` spreads an array argument; `push` appends one value, so it goes through `{ each: [x] }`.
 */
export interface CloudbaseCommand {
  eq(value: unknown): object;
  neq(value: unknown): object;
  gt(value: unknown): object;
  gte(value: unknown): object;
  lt(value: unknown): object;
  lte(value: unknown): object;
  in(values: unknown): object;
  exists(flag: boolean): object;
  and(...expressions: object[]): object;
  or(...expressions: object[]): object;
  set(value: unknown): object;
  inc(by: number): object;
  push(...values: unknown[]): object;
  remove(): object;
}

const RANGE = ['gt', 'gte', 'lt', 'lte'] as const;

function conditionQuery(_: CloudbaseCommand, condition: Condition): unknown {
  if (condition === null || typeof condition !== 'object') return condition;
  if ('eq' in condition) return _.eq(condition.eq);
  if ('ne' in condition) return _.neq(condition.ne);
  if ('in' in condition) return _.in([...condition.in]);
  if ('exists' in condition) return _.exists(condition.exists);
  const bounds = RANGE.flatMap((op) => (condition[op] === undefined ? [] : [_[op](condition[op])]));
  const [only] = bounds;
  return bounds.length === 1 && only ? only : _.and(...bounds);
}

/** A where-object for `filter` (dot paths are native CloudBase syntax). */
export function filterQuery(_: CloudbaseCommand, filter: Filter): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [path, condition] of Object.entries(filter)) query[path] = conditionQuery(_, condition);
  return query;
}

/** Rows strictly after the cursor's `values` in `order`; null/missing sort lowest in CloudBase as in the port. */
export function afterQuery(_: CloudbaseCommand, order: readonly OrderField[], values: readonly Scalar[]): object {
  const branches: object[] = [];
  order.forEach(([field, direction], k) => {
    const prefix: Record<string, unknown> = {};
    order.slice(0, k).forEach(([before], i) => {
      prefix[before] = values[i] ?? null; // `{ f: null }` matches null and missing alike, both sort as null
    });
    const value = values[k] ?? null;
    if (direction === 'asc') {
      branches.push({ ...prefix, [field]: value === null ? _.neq(null) : _.gt(value) });
    } else if (value !== null) {
      branches.push({ ...prefix, [field]: _.lt(value) }, { ...prefix, [field]: null });
    }
  });
  return _.or(...branches);
}

export function whereQuery(
  _: CloudbaseCommand,
  filter: Filter,
  after: { order: readonly OrderField[]; values: readonly Scalar[] } | null,
): object {
  const base = filterQuery(_, filter);
  return after ? _.and(base, afterQuery(_, after.order, after.values)) : base;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The `data` argument of the SDK's `update()` for a port update (already validated). */
export function updateData(_: CloudbaseCommand, update: Update): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(update.set ?? {}))
    data[path] = isPlainObject(value) ? _.set(value) : value;
  for (const [path, by] of Object.entries(update.inc ?? {})) data[path] = _.inc(by);
  for (const [path, value] of Object.entries(update.push ?? {})) data[path] = _.push({ each: [value] });
  for (const path of update.unset ?? []) data[path] = _.remove();
  return data;
}
