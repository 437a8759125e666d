import type { Doc, DocumentStore } from '../../../ports/document-store';
import { type ContractContext, expectStoreError } from './context';

interface Account extends Doc {
  balance: number;
}

async function openAccounts(ctx: ContractContext): Promise<string> {
  const name = ctx.name('accounts');
  const accounts = ctx.store().collection<Account>(name);
  await accounts.insert({ _id: 'a', balance: 100 });
  await accounts.insert({ _id: 'b', balance: 100 });
  return name;
}

/** Moves `amount` from a to b if a can afford it; true when it moved. */
function transfer(store: DocumentStore, name: string, amount: number): Promise<boolean> {
  return store.transaction(async (tx) => {
    const from = await tx.get<Account>(name, 'a');
    const to = await tx.get<Account>(name, 'b');
    if (!from || !to || from.balance < amount) return false;
    await tx.update(name, 'a', { inc: { balance: -amount } });
    await tx.set<Account>(name, { ...to, balance: to.balance + amount });
    return true;
  });
}

async function balances(ctx: ContractContext, name: string): Promise<[number, number]> {
  const accounts = ctx.store().collection<Account>(name);
  return [(await accounts.get('a'))?.balance ?? Number.NaN, (await accounts.get('b'))?.balance ?? Number.NaN];
}

export function describeTransactions(ctx: ContractContext): void {
  describe('transactions', () => {
    test('commit applies every write and returns the callback value', async () => {
      const name = await openAccounts(ctx);
      const ledger = ctx.name('ledger');
      const result = await ctx.store().transaction(async (tx) => {
        await tx.update(name, 'a', { inc: { balance: -30 } });
        await tx.update(name, 'b', { inc: { balance: 30 } });
        await tx.set(ledger, { _id: 'l1', amount: 30 });
        return { ok: true };
      });
      expect(result).toEqual({ ok: true });
      await expect(balances(ctx, name)).resolves.toEqual([70, 130]);
      await expect(ctx.store().collection(ledger).get('l1')).resolves.toEqual({ _id: 'l1', amount: 30 });
    });

    test('a throw rolls everything back and rethrows the same error', async () => {
      const name = await openAccounts(ctx);
      const boom = new Error('boom');
      const run = ctx.store().transaction(async (tx) => {
        await tx.update(name, 'a', { inc: { balance: -10 } });
        await tx.set(name, { _id: 'c', balance: 1 });
        await tx.remove(name, 'b');
        throw boom;
      });
      await expect(run).rejects.toBe(boom);
      await expect(balances(ctx, name)).resolves.toEqual([100, 100]);
      await expect(ctx.store().collection(name).get('c')).resolves.toBeNull();
    });

    test('reads inside see the transaction’s own writes; others see them only after commit', async () => {
      const name = await openAccounts(ctx);
      await ctx.store().transaction(async (tx) => {
        await tx.set(name, { _id: 'x', balance: 1 });
        await expect(tx.get(name, 'x')).resolves.toEqual({ _id: 'x', balance: 1 });
        await tx.update(name, 'x', { inc: { balance: 1 } });
        await expect(tx.get(name, 'x')).resolves.toEqual({ _id: 'x', balance: 2 });
        await tx.update(name, 'a', { set: { balance: 5 } });
        await expect(tx.get(name, 'a')).resolves.toEqual({ _id: 'a', balance: 5 });
        await tx.remove(name, 'b');
        await expect(tx.get(name, 'b')).resolves.toBeNull();
        await expect(ctx.store().collection(name).get('x')).resolves.toBeNull();
        await expect(ctx.store().collection(name).get('b')).resolves.not.toBeNull();
        await tx.update(name, 'missing', { inc: { balance: 1 } }); // changes nothing, creates nothing
      });
      const accounts = ctx.store().collection<Account>(name);
      await expect(accounts.get('x')).resolves.toEqual({ _id: 'x', balance: 2 });
      await expect(accounts.get('a')).resolves.toEqual({ _id: 'a', balance: 5 });
      await expect(accounts.get('b')).resolves.toBeNull();
      await expect(accounts.get('missing')).resolves.toBeNull();
    });

    test('a document without _id is INVALID inside a transaction', async () => {
      const name = await openAccounts(ctx);
      const run = ctx.store().transaction(async (tx) => tx.set(name, { balance: 1 } as unknown as Account));
      await expectStoreError(run, 'INVALID');
    });

    (ctx.createsIndexes ? test : test.skip)('a unique violation at commit writes nothing', async () => {
      const name = ctx.name('members');
      await ctx.store().ensureIndexes([{ collection: name, fields: ['phone'], unique: true }]);
      await ctx.store().collection(name).insert({ _id: 'm1', phone: '1' });
      const run = ctx.store().transaction(async (tx) => {
        await tx.set(name, { _id: 'm2', phone: '2' });
        await tx.set(name, { _id: 'm3', phone: '1' });
      });
      await expectStoreError(run, 'DUPLICATE');
      await expect(ctx.store().collection(name).count({})).resolves.toBe(1);
    });

    test('concurrent transfers from two stores keep the total', async () => {
      const name = await openAccounts(ctx);
      const stores = [ctx.store(), await ctx.second()];
      const amounts = Array.from({ length: 20 }, (_, i) => (i % 5) + 8);
      const outcomes = await Promise.allSettled(
        amounts.map((amount, i) => transfer(stores[i % 2] ?? ctx.store(), name, amount)),
      );
      const moved = outcomes.reduce(
        (sum, outcome, i) => sum + (outcome.status === 'fulfilled' && outcome.value ? (amounts[i] ?? 0) : 0),
        0,
      );
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected')
          expect(outcome.reason).toMatchObject({ name: 'StoreError', kind: 'CONFLICT' });
      }
      expect(moved).toBeGreaterThan(0);
      const [a, b] = await balances(ctx, name);
      expect(a + b).toBe(200);
      expect(b).toBe(100 + moved);
      expect(a).toBeGreaterThanOrEqual(0);
    });
  });
}
