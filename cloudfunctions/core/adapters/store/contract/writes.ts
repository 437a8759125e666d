import { setTimeout as sleep } from 'node:timers/promises';
import { type Doc, StoreError, type Update } from '../../../ports/document-store';
import { type ContractContext, expectStoreError, idsOf, seed } from './context';

interface Thing extends Doc {
  [field: string]: unknown;
}

const THING: Thing = {
  _id: 'u',
  n: 1,
  room: { building: 'b1', floor: 2 },
  tags: ['x'],
  gone: true,
  deep: { a: 1, b: 2 },
};

export function describeWrites(ctx: ContractContext): void {
  describe('insert', () => {
    test('generates a time-sortable _id when none is given and keeps a given one', async () => {
      const things = ctx.store().collection<Thing>(ctx.name('things'));
      const earlier = await things.insert({ v: 1 });
      await sleep(5);
      const later = await things.insert({ v: 2 });
      expect(later > earlier).toBe(true);
      await expect(things.get(earlier)).resolves.toEqual({ _id: earlier, v: 1 });
      await expect(things.insert({ _id: 'mine', v: 3 })).resolves.toBe('mine');
      await expect(things.get('mine')).resolves.toEqual({ _id: 'mine', v: 3 });
    });

    test('a duplicate _id is DUPLICATE and leaves the original alone', async () => {
      const things = ctx.store().collection<Thing>(ctx.name('things'));
      await things.insert({ _id: 'x', v: 1 });
      await expectStoreError(things.insert({ _id: 'x', v: 2 }), 'DUPLICATE');
      await expect(things.get('x')).resolves.toEqual({ _id: 'x', v: 1 });
    });

    (ctx.createsIndexes ? test : test.skip)('unique indexes refuse duplicates on insert and on update', async () => {
      const name = ctx.name('codes');
      const specs = [
        { collection: name, fields: ['code'], unique: true },
        { collection: name, fields: ['room.building', 'room.no'], unique: true },
      ];
      await ctx.store().ensureIndexes(specs);
      await ctx.store().ensureIndexes(specs); // safe to repeat on every start
      const codes = ctx.store().collection<Thing>(name);
      await codes.insert({ _id: 'a', code: 'A', room: { building: 'b1', no: 101 } });
      await expectStoreError(codes.insert({ code: 'A', room: { building: 'b2', no: 101 } }), 'DUPLICATE');
      await expectStoreError(codes.insert({ code: 'B', room: { building: 'b1', no: 101 } }), 'DUPLICATE');
      await codes.insert({ _id: 'c', code: 'C', room: { building: 'b1', no: 102 } });
      await expectStoreError(codes.update({ _id: 'c' }, { set: { code: 'A' } }), 'DUPLICATE');
      await expect(codes.get('c')).resolves.toMatchObject({ code: 'C' });
    });

    (ctx.createsIndexes ? test : test.skip)(
      'a unique field may be missing from one document only, as in CloudBase',
      async () => {
        const name = ctx.name('phones');
        await ctx.store().ensureIndexes([{ collection: name, fields: ['phone'], unique: true }]);
        const people = ctx.store().collection<Thing>(name);
        await people.insert({ _id: 'p1', phone: '1' });
        await people.insert({ _id: 'p2' });
        await expectStoreError(people.insert({ _id: 'p3' }), 'DUPLICATE');
        await expectStoreError(people.insert({ _id: 'p4', phone: null }), 'DUPLICATE');
        await expect(idsOf(ctx.store(), name, { phone: null })).resolves.toEqual(['p2']);
      },
    );
  });

  describe('update', () => {
    async function updated(update: Update): Promise<Thing | null> {
      const things = ctx.store().collection<Thing>(ctx.name('things'));
      if (!(await things.get('u'))) await things.insert(THING);
      await expect(things.update({ _id: 'u' }, update)).resolves.toBe(1);
      return things.get('u');
    }

    test('set writes scalars, creates missing parents and replaces objects whole', async () => {
      const doc = await updated({ set: { title: 't', 'room.floor': 3, 'meta.created.by': 'me', deep: { c: 3 } } });
      expect(doc).toEqual({
        ...THING,
        title: 't',
        room: { building: 'b1', floor: 3 },
        meta: { created: { by: 'me' } },
        deep: { c: 3 },
      });
    });

    test('inc adds to numbers and starts missing fields from zero', async () => {
      await expect(updated({ inc: { n: 2, 'stats.views': 1 } })).resolves.toMatchObject({ n: 3, stats: { views: 1 } });
      await expect(updated({ inc: { n: -4.5 } })).resolves.toMatchObject({ n: -1.5 });
    });

    test('push appends one value, creating the array, and pushes an array as one element', async () => {
      await expect(updated({ push: { tags: 'y', log: { at: 1 } } })).resolves.toMatchObject({
        tags: ['x', 'y'],
        log: [{ at: 1 }],
      });
      await expect(updated({ push: { tags: ['p', 'q'] } })).resolves.toMatchObject({ tags: ['x', 'y', ['p', 'q']] });
    });

    test('unset removes top-level and nested fields', async () => {
      const doc = await updated({ unset: ['gone', 'room.building', 'never.there'] });
      expect(doc).not.toHaveProperty('gone');
      expect(doc?.room).toEqual({ floor: 2 });
    });

    test('operators combine in one atomic update', async () => {
      const doc = await updated({ set: { title: 'T' }, inc: { n: 1 }, push: { tags: 'z' }, unset: ['deep'] });
      expect(doc).toEqual({ _id: 'u', n: 2, room: THING.room, tags: ['x', 'z'], gone: true, title: 'T' });
    });

    test('a failed condition changes nothing and returns 0', async () => {
      const things = ctx.store().collection<Thing>(ctx.name('things'));
      await things.insert(THING);
      await expect(things.update({ _id: 'u', n: { gt: 100 } }, { inc: { n: 1 } })).resolves.toBe(0);
      await expect(things.get('u')).resolves.toEqual(THING);
      await expect(
        ctx
          .store()
          .collection(ctx.name('never'))
          .update({}, { set: { a: 1 } }),
      ).resolves.toBe(0);
    });

    test('every match changes and the count says how many; a no-op write is not a change', async () => {
      const name = ctx.name('tickets');
      const status = ['open', 'closed', 'open', 'open', 'closed'];
      await seed(
        ctx.store(),
        name,
        status.map((s, i) => ({ _id: `t${i}`, status: s })),
      );
      const tickets = ctx.store().collection(name);
      await expect(tickets.update({ status: 'open' }, { set: { status: 'done' } })).resolves.toBe(3);
      await expect(idsOf(ctx.store(), name, { status: 'done' })).resolves.toEqual(['t0', 't2', 't3']);
      await expect(tickets.update({ _id: 't0' }, { set: { status: 'done' } })).resolves.toBe(0);
    });

    test('malformed updates are INVALID; inc on a string fails', async () => {
      const things = ctx.store().collection<Thing>(ctx.name('things'));
      await things.insert({ ...THING, label: 'text' });
      const bad: unknown[] = [{}, { set: {} }, { set: { _id: 'z' } }, { set: { room: 1 }, unset: ['room.floor'] }];
      bad.push({ inc: { n: 'x' } }, { bogus: { n: 1 } }, { set: { 'a..b': 1 } });
      for (const update of bad) await expectStoreError(things.update({ _id: 'u' }, update as Update), 'INVALID');
      await expect(things.update({ _id: 'u' }, { inc: { label: 1 } })).rejects.toBeInstanceOf(StoreError);
      await expect(things.get('u')).resolves.toMatchObject({ label: 'text', n: 1 });
    });
  });

  describe('remove', () => {
    test('removes every match and returns the count', async () => {
      const name = ctx.name('things');
      await seed(
        ctx.store(),
        name,
        ['k1', 'k2', 'k3', 'k4'].map((_id, i) => ({ _id, k: i })),
      );
      const things = ctx.store().collection(name);
      await expect(things.remove({ k: { in: [0, 2] } })).resolves.toBe(2);
      await expect(idsOf(ctx.store(), name, {})).resolves.toEqual(['k2', 'k4']);
      await expect(things.remove({ k: 99 })).resolves.toBe(0);
      await expect(ctx.store().collection(ctx.name('never')).remove({})).resolves.toBe(0);
    });
  });

  describe('concurrency', () => {
    test('40 concurrent conditional decrements from two stores sell exactly 10', async () => {
      const name = ctx.name('stock');
      await ctx.store().collection(name).insert({ _id: 's', left: 10 });
      const stores = [ctx.store(), await ctx.second()];
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          stores[i % 2]?.collection(name).update({ _id: 's', left: { gt: 0 } }, { inc: { left: -1 } }),
        ),
      );
      expect(results.filter((changed) => changed === 1)).toHaveLength(10);
      expect(results.filter((changed) => changed === 0)).toHaveLength(30);
      await expect(ctx.store().collection(name).get('s')).resolves.toEqual({ _id: 's', left: 0 });
    });
  });
}
