import { type OutputOf, placesContract, type RoomRow } from '@linli/shared';
import { afterSql, orderSql, whereSql } from '../core/adapters/store/sqlite-filter';
import { effectiveOrder } from '../core/adapters/store/store-rules';
import type { Filter } from '../core/ports/document-store';
import { ROOM_ORDER } from '../core/use-cases/places/collections';
import { main } from './index';
import { codeOf, type FunctionCloud, startFunctionCloud } from './test-kit';

/** The scoped room register: who sees which rooms, the scope switcher, search, paging and the indexes behind it. */
let cloud: FunctionCloud<typeof placesContract>;
beforeAll(async () => {
  cloud = await startFunctionCloud('places-rooms', placesContract, main);
});
afterAll(() => cloud.tearDown());

async function allRooms(token: string, query: { within?: string; q?: string } = {}, limit = 7): Promise<RoomRow[]> {
  const rows: RoomRow[] = [];
  let cursor: string | null = null;
  do {
    const page: OutputOf<typeof placesContract, 'rooms'> = await cloud.ok(token, 'rooms', { ...query, limit, cursor });
    expect(page.items.length).toBeLessThanOrEqual(limit);
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}

const compounds = (rows: RoomRow[]) => [...new Set(rows.map((r) => r.compoundId))].sort();

test('each staff member sees exactly the rooms of their scope, paged without gaps or repeats', async () => {
  const wuye = await allRooms(await cloud.staff('wuye'));
  expect(compounds(wuye)).toEqual(['cpd-1']);
  expect(wuye).toHaveLength(3 * 2 * 6 * 2);
  expect(new Set(wuye.map((r) => r._id)).size).toBe(wuye.length);

  const shequ = await allRooms(await cloud.staff('shequ'), {}, 11);
  expect(compounds(shequ)).toEqual(['cpd-1', 'cpd-2']);
  expect(shequ).toHaveLength(72 + 48);
  expect(new Set(shequ.map((r) => r._id)).size).toBe(shequ.length);

  const xingguang = await allRooms(await cloud.staff('xingguang'));
  expect(compounds(xingguang)).toEqual(['cpd-3']);
  expect(await allRooms(await cloud.staff('wangge'), {}, 50)).toHaveLength(120);
  expect(await allRooms(await cloud.staff('admin'), {}, 100)).toHaveLength(144);
});

test('rooms come unit by unit, in floor order within a unit, the same on every call', async () => {
  const token = await cloud.staff('wuye');
  const rows = await allRooms(token);
  expect(rows.slice(0, 13).map((r) => r.label)).toEqual([
    ...['101', '102', '201', '202', '301', '302', '401', '402', '501', '502', '601', '602'].map(
      (n) => `阳光花园 1栋 1单元 ${n}`,
    ),
    '阳光花园 1栋 2单元 101',
  ]);
  expect((await allRooms(token, {}, 72)).map((r) => r._id)).toEqual(rows.map((r) => r._id));
});

test('within narrows to a place inside the scope and nowhere else', async () => {
  const wuye = await cloud.staff('wuye');
  const building = await allRooms(wuye, { within: 'cpd-1-b2' });
  expect(building).toHaveLength(24);
  expect(building.every((r) => r.buildingId === 'cpd-1-b2')).toBe(true);
  expect((await allRooms(wuye, { within: 'cpd-1-b2-u1-302' })).map((r) => r._id)).toEqual(['cpd-1-b2-u1-302']);
  const shequ = await cloud.staff('shequ');
  expect(compounds(await allRooms(shequ, { within: 'cpd-2' }))).toEqual(['cpd-2']);

  for (const within of ['cpd-3', 'cpd-2', 'com-1', 'str-1']) {
    expect(codeOf(await cloud.call(wuye, 'rooms', { within }))).toBe('AUTH.OUT_OF_SCOPE');
  }
  expect(codeOf(await cloud.call(shequ, 'rooms', { within: 'cpd-3-b1' }))).toBe('AUTH.OUT_OF_SCOPE');
  expect(codeOf(await cloud.call(wuye, 'rooms', { within: 'nowhere' }))).toBe('RESOURCE.NOT_FOUND');
});

test('q finds room numbers by prefix, and buildings and units by 3栋 / 3栋2单元101 / 3-2-101', async () => {
  const wuye = await cloud.staff('wuye');
  const ids = async (q: string, within?: string) => (await allRooms(wuye, { q, within })).map((r) => r._id);
  expect((await ids('30')).length).toBe(3 * 2 * 2);
  expect((await ids('30')).every((id) => /-30\d$/.test(id))).toBe(true);
  expect(await ids('2栋')).toHaveLength(24);
  expect((await ids('2号楼')).every((id) => id.startsWith('cpd-1-b2-'))).toBe(true);
  expect(await ids('2栋1单元301')).toEqual(['cpd-1-b2-u1-301']);
  expect(await ids('2 栋 1 单元')).toHaveLength(12);
  expect(await ids('2-1-30')).toEqual(['cpd-1-b2-u1-301', 'cpd-1-b2-u1-302']);
  expect(await ids('2-2')).toHaveLength(12);
  expect(await ids('1-1-1', 'cpd-1-b1-u1')).toEqual(['cpd-1-b1-u1-101', 'cpd-1-b1-u1-102']);
  expect(await ids('2-1-1', 'cpd-1-b1-u1')).toEqual([]);
  expect(await ids('9栋')).toEqual([]);
  expect(await ids('2-9-101')).toEqual([]);
  expect(await ids('999')).toEqual([]);
  // The same shorthand across a community finds that building in each compound.
  const shequ = await allRooms(await cloud.staff('shequ'), { q: '2-1-101' });
  expect(shequ.map((r) => r._id).sort()).toEqual(['cpd-1-b2-u1-101', 'cpd-2-b2-u1-101']);
});

test('an altered cursor or one from another query is refused as invalid input', async () => {
  const wuye = await cloud.staff('wuye');
  const page = await cloud.ok(wuye, 'rooms', { limit: 5 });
  expect(page.nextCursor).not.toBeNull();
  const other = await cloud.call(wuye, 'rooms', { limit: 5, q: '1', cursor: page.nextCursor });
  expect(other).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED', issues: [{ path: 'cursor' }] } });
  expect(codeOf(await cloud.call(wuye, 'rooms', { cursor: 'bm9wZQ' }))).toBe('VALIDATION.FAILED');
});

test('workers and residents cannot list the register', async () => {
  expect(codeOf(await cloud.call(await cloud.staff('weixiu'), 'rooms', {}))).toBe('AUTH.FORBIDDEN');
  expect(codeOf(await cloud.call(cloud.resident('demo-owner-zhang'), 'rooms', {}))).toBe('AUTH.FORBIDDEN');
});

/** The plan SQLite picks for the adapter's own SQL of a rooms page: an index walk, no sort, whatever the level. */
function planOf(filter: Filter, after: boolean): string {
  return cloud.sqlite((db) => {
    const columns = new Map(
      (db.prepare('PRAGMA table_xinfo("places")').all() as { name: string }[])
        .filter((c) => c.name.startsWith('$'))
        .map((c) => [c.name.slice(1), `"${c.name}"`]),
    );
    const order = effectiveOrder('sqlite', ROOM_ORDER);
    const where = whereSql(filter, columns);
    const keyset = after ? afterSql(order, ['u', '000101', 'x'], columns) : { sql: '1', params: [] };
    const sql = `SELECT doc FROM "places" WHERE (${where.sql}) AND ${keyset.sql} ORDER BY ${orderSql(order, columns)} LIMIT 21`;
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...where.params, ...keyset.params) as { detail: string }[];
    return rows.map((r) => r.detail).join('\n');
  });
}

test.each([
  ['districtId', 'dst-1'],
  ['streetId', 'str-1'],
  ['communityId', 'com-1'],
  ['compoundId', 'cpd-1'],
  ['buildingId', 'cpd-1-b1'],
  ['unitId', 'cpd-1-b1-u1'],
])('a rooms page within %s walks that level’s index in order', (field, id) => {
  for (const after of [false, true]) {
    const plan = planOf({ kind: 'room', [field]: id }, after);
    expect(plan).toMatch(new RegExp(`USING (COVERING )?INDEX places__i__${field}__kind__`));
    expect(plan).not.toMatch(/TEMP B-TREE/);
  }
});

test('the platform-wide list walks the kind index in order', () => {
  const plan = planOf({ kind: 'room' }, true);
  expect(plan).toMatch(/USING (COVERING )?INDEX places__i__kind__unitId__sortKey___id/);
  expect(plan).not.toMatch(/TEMP B-TREE/);
});
