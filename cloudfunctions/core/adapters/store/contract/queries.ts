import type { Doc, Filter, OrderBy } from '../../../ports/document-store';
import { type ContractContext, expectStoreError, idsOf, seed } from './context';

interface Item extends Doc {
  n?: unknown;
  s?: unknown;
  flag?: boolean;
  tag?: string | null;
  other?: number;
  room?: { building?: string; floor?: number };
}

/** Chosen to trip the typing traps: 1 vs true, 2 vs '2', '[1]' vs [1], null vs missing. */
const ITEMS: Item[] = [
  { _id: 'a', n: 1, s: 'x', flag: true, tag: null, room: { building: 'b1', floor: 3 } },
  { _id: 'b', n: 2, s: 'y', flag: false, room: { building: 'b2', floor: 5 } },
  { _id: 'c', n: 3, s: 'z', flag: true, room: { building: 'b1' } },
  { _id: 'd', n: 0, s: '[1]', other: 1 },
  { _id: 'e', n: '2' },
  { _id: 'f', n: true },
  { _id: 'g', s: [1] },
];

const ALL = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

const CASES: [string, Filter, string[]][] = [
  ['scalar equality keeps numbers apart from strings', { n: 2 }, ['b']],
  ['1 does not match true', { n: 1 }, ['a']],
  ['true does not match 1', { n: true }, ['f']],
  ['0 does not match false', { n: 0 }, ['d']],
  ['boolean true', { flag: true }, ['a', 'c']],
  ['boolean false', { flag: false }, ['b']],
  ['eq', { n: { eq: 3 } }, ['c']],
  ['ne also matches documents without the field', { s: { ne: 'x' } }, ['b', 'c', 'd', 'e', 'f', 'g']],
  ['in', { s: { in: ['x', 'z'] } }, ['a', 'c']],
  ['in with mixed types', { n: { in: [2, true] } }, ['b', 'f']],
  ['in null matches null and missing', { tag: { in: [null] } }, ALL],
  ['gt stays within numbers', { n: { gt: 1 } }, ['b', 'c']],
  ['gte..lt excludes booleans', { n: { gte: 1, lt: 3 } }, ['a', 'b']],
  ['lte', { n: { lte: 0 } }, ['d']],
  ['string range excludes arrays', { s: { gte: 'y' } }, ['b', 'c']],
  ['string range below', { s: { lt: 'y' } }, ['a', 'd']],
  ['exists true includes an explicit null', { tag: { exists: true } }, ['a']],
  ['exists false', { other: { exists: false } }, ['a', 'b', 'c', 'e', 'f', 'g']],
  ['null equals missing', { tag: null }, ALL],
  ['eq null equals missing', { tag: { eq: null } }, ALL],
  ['ne null needs a value', { tag: { ne: null } }, []],
  ['nested path', { 'room.building': 'b1' }, ['a', 'c']],
  ['nested range', { 'room.floor': { gte: 4 } }, ['b']],
  ['nested missing', { 'room.floor': { exists: false } }, ['c', 'd', 'e', 'f', 'g']],
  ['a JSON-looking string is not an array', { s: '[1]' }, ['d']],
  ['_id equality', { _id: 'b' }, ['b']],
  ['_id in', { _id: { in: ['a', 'c', 'zz'] } }, ['a', 'c']],
  ['_id ne', { _id: { ne: 'b' } }, ['a', 'c', 'd', 'e', 'f', 'g']],
  ['_id range', { _id: { gt: 'e' } }, ['f', 'g']],
  ['conditions combine with AND', { flag: true, 'room.building': 'b1', n: { gt: 1 } }, ['c']],
  ['empty filter', {}, ALL],
];

/** A cursor that fails to advance would page forever; stop as soon as more rows came back than exist. */
function assertEnds(seen: number, total: number): void {
  if (seen > total) throw new Error(`paging returned ${seen} rows of ${total}: the cursor does not advance`);
}

interface Person extends Doc {
  group?: string;
  rank: number;
}

const PEOPLE: Person[] = [
  { _id: 'p1', group: 'b', rank: 1 },
  { _id: 'p2', group: 'a', rank: 2 },
  { _id: 'p3', group: 'b', rank: 3 },
  { _id: 'p4', group: 'a', rank: 2 },
  { _id: 'p5', rank: 9 },
];

export function describeQueries(ctx: ContractContext): void {
  describe('reads', () => {
    test('get, find and count on a collection never written read as empty', async () => {
      const items = ctx.store().collection(ctx.name('never'));
      await expect(items.get('nope')).resolves.toBeNull();
      await expect(items.find({ n: 1 })).resolves.toEqual({ items: [], nextCursor: null });
      await expect(items.count({})).resolves.toBe(0);
    });

    test('get returns the stored document, or null when missing', async () => {
      const name = ctx.name('items');
      await seed(ctx.store(), name, ITEMS);
      await expect(ctx.store().collection(name).get('a')).resolves.toEqual(ITEMS[0]);
      await expect(ctx.store().collection(name).get('missing')).resolves.toBeNull();
    });

    test.each(CASES)('find: %s', async (_label, filter, expected) => {
      const name = ctx.name('items');
      await seed(ctx.store(), name, ITEMS);
      await expect(idsOf(ctx.store(), name, filter)).resolves.toEqual(expected);
      await expect(ctx.store().collection(name).count(filter)).resolves.toBe(expected.length);
    });

    test('malformed filters, names and paths are refused as INVALID', async () => {
      const items = ctx.store().collection(ctx.name('items'));
      const bad: unknown[] = [
        { n: { foo: 1 } },
        { 'a..b': 1 },
        { n: { gt: 1, lt: 'x' } },
        { n: { eq: {} } },
        { n: [1] },
      ];
      for (const filter of bad) await expectStoreError(items.find(filter as Filter), 'INVALID');
      await expectStoreError((async () => ctx.store().collection('Bad-Name').get('x'))(), 'INVALID');
    });
  });

  describe('ordering and paging', () => {
    async function orderOf(orderBy: OrderBy, limit = 1000): Promise<string[]> {
      const name = ctx.name('people');
      if ((await ctx.store().collection(name).count({})) === 0) await seed(ctx.store(), name, PEOPLE);
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const page = await ctx.store().collection(name).find({}, { orderBy, limit, cursor });
        ids.push(...page.items.map((doc) => doc._id));
        cursor = page.nextCursor;
        assertEnds(ids.length, PEOPLE.length);
      } while (cursor);
      return ids;
    }

    test('multi-field order, missing values first ascending and ties broken by _id', async () => {
      await expect(
        orderOf([
          ['group', 'asc'],
          ['rank', 'desc'],
        ]),
      ).resolves.toEqual(['p5', 'p2', 'p4', 'p3', 'p1']);
      await expect(
        orderOf([
          ['group', 'desc'],
          ['rank', 'asc'],
        ]),
      ).resolves.toEqual(['p1', 'p3', 'p2', 'p4', 'p5']);
      await expect(orderOf([['rank', 'desc']], 2)).resolves.toEqual(['p5', 'p3', 'p2', 'p4', 'p1']);
      await expect(orderOf([['_id', 'desc']], 2)).resolves.toEqual(['p5', 'p4', 'p3', 'p2', 'p1']);
    });

    describePaging(ctx);
  });
}

interface Row extends Doc {
  i: number;
  bucket: number;
  score: number | null;
}

function describePaging(ctx: ContractContext): void {
  async function seedRows(): Promise<{ name: string; rows: Row[] }> {
    const name = ctx.name('rows');
    const collection = ctx.store().collection<Row>(name);
    const rows: Row[] = [];
    for (let i = 0; i < 250; i++) {
      const fields = { i, bucket: i % 7, score: i % 3 === 0 ? null : i % 5 };
      rows.push({ ...fields, _id: await collection.insert(fields) });
    }
    return { name, rows };
  }

  /** The expected order: score (null lowest, so first ascending and last descending), bucket desc, _id asc. */
  function sortRows(rows: Row[], scoreDirection: 1 | -1): string[] {
    const score = (row: Row) => (row.score === null ? Number.NEGATIVE_INFINITY : row.score);
    return [...rows]
      .sort((x, y) => scoreDirection * (score(x) - score(y)) || y.bucket - x.bucket || (x._id < y._id ? -1 : 1))
      .map((row) => row._id);
  }

  async function pageThrough(name: string, orderBy: OrderBy, limit: number) {
    const ids: string[] = [];
    let pages = 0;
    let cursor: string | null = null;
    do {
      const page = await ctx.store().collection<Row>(name).find({}, { orderBy, limit, cursor });
      ids.push(...page.items.map((row) => row._id));
      pages++;
      cursor = page.nextCursor;
      assertEnds(ids.length, 250);
    } while (cursor);
    return { ids, pages };
  }

  test('paging 250 rows with tied and null order values never skips or repeats a row', async () => {
    const { name, rows } = await seedRows();
    const ascending = await pageThrough(
      name,
      [
        ['score', 'asc'],
        ['bucket', 'desc'],
      ],
      40,
    );
    expect(new Set(ascending.ids).size).toBe(250);
    expect(ascending.ids).toEqual(sortRows(rows, 1));
    const descending = await pageThrough(
      name,
      [
        ['score', 'desc'],
        ['bucket', 'desc'],
      ],
      33,
    );
    expect(descending.ids).toEqual(sortRows(rows, -1));
    // Exactly divisible: the fifth page says there is nothing after it instead of leaving an empty sixth page.
    await expect(pageThrough(name, [['i', 'asc']], 50)).resolves.toMatchObject({ pages: 5 });
  });

  test('limit defaults to 100, accepts 1..1000 and refuses anything else', async () => {
    const { name } = await seedRows();
    const rows = ctx.store().collection<Row>(name);
    const first = await rows.find({});
    expect(first.items).toHaveLength(100);
    expect(first.nextCursor).not.toBeNull();
    const all = await rows.find({}, { limit: 1000 });
    expect(all.items).toHaveLength(250);
    expect(all.nextCursor).toBeNull();
    for (const limit of [0, -1, 1001, 2.5]) await expectStoreError(rows.find({}, { limit }), 'INVALID');
  });

  test('a cursor only continues the query it came from', async () => {
    const { name } = await seedRows();
    const rows = ctx.store().collection<Row>(name);
    const { nextCursor } = await rows.find({}, { orderBy: [['i', 'asc']], limit: 10 });
    expect(nextCursor).toEqual(expect.any(String));
    await expectStoreError(rows.find({}, { orderBy: [['i', 'desc']], cursor: nextCursor }), 'INVALID');
    await expectStoreError(rows.find({ bucket: 1 }, { orderBy: [['i', 'asc']], cursor: nextCursor }), 'INVALID');
    await expectStoreError(rows.find({}, { cursor: 'not-a-cursor' }), 'INVALID');
  });
}
