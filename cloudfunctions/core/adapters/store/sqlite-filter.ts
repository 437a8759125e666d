import type { Condition, Filter, Scalar } from '../../ports/document-store';
import type { OrderField } from './store-rules';

/**
 * Translates port filters, orders and keyset cursors into SQL with bound values, matching CloudBase's semantics:
 * a missing field equals null, `ne` also matches documents without the field, and ranges compare one type.
 *
 * SQLite typing traps this handles: json_extract returns JSON true/false as 1/0, so boolean (and 0/1) equality also
 * checks json_type; a JSON object or array comes back as text, so strings that look like JSON check json_type too.
 * A field with a generated column is referenced by that column, or SQLite would not use its index.
 *
 * Not reproduced (so not part of the contract): CloudBase matches a scalar against array elements (`{ tags: 'a' }`
 * finds `tags: ['a']`) and orders mixed-type fields by BSON type order; here an array is one opaque value and
 * booleans sort as 0/1 among numbers. Add a contract test before relying on either.
 */
export interface Sql {
  sql: string;
  params: Scalar[];
}

/** SQL values of a field: its generated column when it has one. Paths were validated, so inlining them is safe. */
export function fieldSql(path: string, columns: ReadonlyMap<string, string>): string {
  if (path === '_id') return '_id';
  return columns.get(path) ?? `json_extract(doc, '$.${path}')`;
}

const typeSql = (path: string): string => `json_type(doc, '$.${path}')`;

function needsTypeCheck(value: Scalar): boolean {
  if (typeof value === 'boolean') return true;
  if (typeof value === 'number') return value === 0 || value === 1;
  return typeof value === 'string' && (value.startsWith('{') || value.startsWith('['));
}

function equalSql(path: string, expr: string, value: Scalar, params: Scalar[]): string {
  if (value === null) return path === '_id' ? '0' : `${expr} IS NULL`;
  if (path === '_id') {
    // _id has TEXT affinity, which would turn 5 into '5'; ids are strings, so other types never match.
    if (typeof value !== 'string') return '0';
    params.push(value);
    return '_id = ?';
  }
  if (typeof value === 'boolean') {
    params.push(value ? 1 : 0);
    return `(${expr} = ? AND ${typeSql(path)} = '${value}')`;
  }
  params.push(value);
  if (!needsTypeCheck(value)) return `${expr} = ?`;
  return typeof value === 'number'
    ? `(${expr} = ? AND ${typeSql(path)} IN ('integer', 'real'))`
    : `(${expr} = ? AND ${typeSql(path)} = 'text')`;
}

function inSql(path: string, expr: string, values: readonly Scalar[], params: Scalar[]): string {
  const plain = values.filter((value) => value !== null && !needsTypeCheck(value) && typeof value !== 'boolean');
  const special = values.filter((value) => !plain.includes(value));
  const parts: string[] = [];
  if (plain.length > 0) {
    if (path === '_id') {
      const ids = plain.filter((value) => typeof value === 'string');
      if (ids.length > 0) parts.push(`_id IN (${ids.map(() => '?').join(', ')})`);
      params.push(...ids);
    } else {
      parts.push(`${expr} IN (${plain.map(() => '?').join(', ')})`);
      params.push(...plain);
    }
  }
  for (const value of special) parts.push(equalSql(path, expr, value, params));
  return parts.length === 0 ? '0' : `(${parts.join(' OR ')})`;
}

const RANGE_OPS = { gt: '>', gte: '>=', lt: '<', lte: '<=' } as const;
type Bound = readonly [symbol: string, bound: string | number | boolean];

/**
 * Whether a range may include a value SQLite confuses with another type: 0 or 1 (booleans) for numbers, text
 * starting with '[' or '{' (arrays, objects) for strings. Conservative: inclusive ends, ASCII bounds.
 */
function rangeReachesLookalikes(bounds: readonly Bound[]): boolean {
  const lows = bounds.filter(([symbol]) => symbol.startsWith('>')).map(([, bound]) => bound);
  const highs = bounds.filter(([symbol]) => symbol.startsWith('<')).map(([, bound]) => bound);
  const reaches = (from: string | number, to: string | number) =>
    lows.every((low) => low <= to) && highs.every((high) => high >= from);
  return typeof bounds[0]?.[1] === 'number' ? reaches(0, 1) : reaches('[', '\\') || reaches('{', '|');
}

function conditionSql(path: string, condition: Condition, columns: ReadonlyMap<string, string>, params: Scalar[]) {
  const expr = fieldSql(path, columns);
  if (condition === null || typeof condition !== 'object') return equalSql(path, expr, condition, params);
  if ('eq' in condition) return equalSql(path, expr, condition.eq, params);
  if ('ne' in condition) {
    if (condition.ne === null) return path === '_id' ? '1' : `${expr} IS NOT NULL`;
    // A missing field makes the equality NULL; COALESCE turns that into "not equal", as CloudBase's neq does.
    return `NOT COALESCE(${equalSql(path, expr, condition.ne, params)}, 0)`;
  }
  if ('in' in condition) return inSql(path, expr, condition.in, params);
  if ('exists' in condition) {
    if (path === '_id') return condition.exists ? '1' : '0';
    return `${typeSql(path)} IS ${condition.exists ? 'NOT ' : ''}NULL`;
  }
  const bounds = Object.entries(RANGE_OPS).flatMap(([op, symbol]) => {
    const bound = condition[op as keyof typeof RANGE_OPS];
    return bound === undefined || bound === null ? [] : [[symbol, bound] as const];
  });
  const isNumeric = bounds.some(([, bound]) => typeof bound === 'number');
  // _id is text: a numeric range matches nothing, as in CloudBase (and TEXT affinity would compare '5' instead).
  if (path === '_id' && isNumeric) return '0';
  const parts = bounds.map(([symbol, bound]) => {
    params.push(bound);
    return `${expr} ${symbol} ?`;
  });
  // SQLite orders numbers before text, so `> 5` would match every string: keep to the bound's type. typeof() is
  // free but sees booleans as 0/1 and arrays/objects as text; json_type() is exact but parses the document, so it
  // is used only when the range could actually reach those values.
  if (path !== '_id') {
    const types = isNumeric ? "IN ('integer', 'real')" : "= 'text'";
    parts.push(rangeReachesLookalikes(bounds) ? `${typeSql(path)} ${types}` : `typeof(${expr}) ${types}`);
  }
  return `(${parts.join(' AND ')})`;
}

export function whereSql(filter: Filter, columns: ReadonlyMap<string, string>): Sql {
  const params: Scalar[] = [];
  const parts = Object.entries(filter).map(([path, condition]) => conditionSql(path, condition, columns, params));
  return { sql: parts.length === 0 ? '1' : parts.join(' AND '), params };
}

export function orderSql(order: readonly OrderField[], columns: ReadonlyMap<string, string>): string {
  return order.map(([path, direction]) => `${fieldSql(path, columns)} ${direction.toUpperCase()}`).join(', ');
}

/**
 * Rows strictly after `values` in `order` (NULL sorts first, as in CloudBase): for each position k, the fields
 * before k equal the cursor and field k is past it.
 */
export function afterSql(
  order: readonly OrderField[],
  values: readonly Scalar[],
  columns: ReadonlyMap<string, string>,
) {
  // All ascending with no NULL in the cursor: one row-value comparison, which SQLite answers with an index seek
  // rather than by scanning from the start of the range (deep pages 38x faster at 100,000 rooms).
  const isAllAscending = order.every(([, direction]) => direction === 'asc');
  if (isAllAscending && values.length === order.length && values.every((v) => v !== null)) {
    const fields = order.map(([path]) => fieldSql(path, columns)).join(', ');
    const params = values.slice(0, order.length).map((value) => (typeof value === 'boolean' ? Number(value) : value));
    return { sql: `((${fields}) > (${params.map(() => '?').join(', ')}))`, params };
  }
  const params: Scalar[] = [];
  const branches: string[] = [];
  order.forEach(([path, direction], k) => {
    const branchParams: Scalar[] = [];
    const parts: string[] = [];
    for (let i = 0; i < k; i++) {
      const [prefixPath] = order[i] ?? ['_id'];
      const value = values[i] ?? null;
      if (value === null) parts.push(`${fieldSql(prefixPath, columns)} IS NULL`);
      else {
        parts.push(`${fieldSql(prefixPath, columns)} = ?`);
        branchParams.push(value);
      }
    }
    const expr = fieldSql(path, columns);
    const value = values[k] ?? null;
    if (direction === 'asc') {
      if (value === null) parts.push(`${expr} IS NOT NULL`);
      else {
        parts.push(`${expr} > ?`);
        branchParams.push(value);
      }
    } else {
      if (value === null) return; // nothing sorts below NULL
      parts.push(`(${expr} < ? OR ${expr} IS NULL)`);
      branchParams.push(value);
    }
    branches.push(`(${parts.join(' AND ')})`);
    params.push(...branchParams);
  });
  // A tampered cursor could carry booleans, which SQLite cannot bind; JSON booleans extract as 1/0 anyway.
  const bindable = params.map((value) => (typeof value === 'boolean' ? Number(value) : value));
  return { sql: branches.length === 0 ? '0' : `(${branches.join(' OR ')})`, params: bindable };
}
