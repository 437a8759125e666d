import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type DocumentStore, StoreError, type Transaction } from '../../ports/document-store';
import { describeDocumentStore } from './document-store.contract';
import { createSqliteStore } from './sqlite-store';

const dirs: string[] = [];

function tempFile(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-store-'));
  dirs.push(dir);
  return path.join(dir, 'linli.sqlite');
}

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describeDocumentStore('sqlite', async () => {
  const file = tempFile();
  const store = await createSqliteStore({ file });
  return { store, reopen: () => createSqliteStore({ file }), cleanup: () => store.close() };
});

describe('sqlite store specifics', () => {
  const open: DocumentStore[] = [];
  async function openStore(file: string, options: { busyTimeoutMs?: number; trace?: (sql: string) => void } = {}) {
    const store = await createSqliteStore({ file, ...options });
    open.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of open.splice(0)) await store.close();
  });

  test('a file that is not a database fails CORRUPT with a message that says what to do', async () => {
    const file = tempFile();
    writeFileSync(file, Buffer.alloc(8192, 'this is not a sqlite database. '));
    const failure = await createSqliteStore({ file }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).toMatchObject({ kind: 'CORRUPT', adapter: 'sqlite' });
    expect(String((failure as StoreError).message)).toMatch(/\[sqlite\].*linli\.sqlite.*restore it from a backup/);
    expect((failure as StoreError).cause).toBeDefined();
  });

  test('a writer held by another connection past the busy timeout is UNAVAILABLE; reads still work', async () => {
    const file = tempFile();
    const store = await openStore(file, { busyTimeoutMs: 50 });
    await store.collection('things').insert({ _id: 'a', v: 1 });
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      const failure = await store
        .collection('things')
        .insert({ v: 2 })
        .catch((error: unknown) => error);
      expect(failure).toMatchObject({ name: 'StoreError', kind: 'UNAVAILABLE' });
      expect(String((failure as Error).message)).toMatch(/SQLITE_BUSY/);
      await expect(store.collection('things').get('a')).resolves.toEqual({ _id: 'a', v: 1 });
      other.exec('ROLLBACK');
      await expect(store.collection('things').insert({ _id: 'b', v: 2 })).resolves.toBe('b');
    } finally {
      other.close();
    }
  });

  test('data and indexes survive close and reopen; a closed store is UNAVAILABLE', async () => {
    const file = tempFile();
    const first = await createSqliteStore({ file });
    await first.ensureIndexes([{ collection: 'rooms', fields: ['code'], unique: true }]);
    await first.collection('rooms').insert({ _id: 'r1', code: '101' });
    await first.close();
    await expect(first.collection('rooms').get('r1')).rejects.toMatchObject({ kind: 'UNAVAILABLE' });
    const second = await openStore(file);
    await expect(second.collection('rooms').get('r1')).resolves.toEqual({ _id: 'r1', code: '101' });
    await expect(second.collection('rooms').insert({ code: '101' })).rejects.toMatchObject({ kind: 'DUPLICATE' });
  });

  test('the file is in WAL mode with NORMAL sync', async () => {
    const file = tempFile();
    const traced: string[] = [];
    await openStore(file, { trace: (sql) => traced.push(sql) });
    const raw = new Database(file, { readonly: true });
    try {
      expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      raw.close();
    }
    // synchronous is per connection, so check the store set it on its own.
    expect(traced).toContain('PRAGMA synchronous = NORMAL');
  });

  test('queries on an indexed field use its index (EXPLAIN QUERY PLAN of the real statements)', async () => {
    const file = tempFile();
    const traced: string[] = [];
    const store = await openStore(file, { trace: (sql) => traced.push(sql) });
    await store.ensureIndexes([
      { collection: 'members', fields: ['room.buildingId'] },
      { collection: 'members', fields: ['openid'], unique: true },
    ]);
    for (let i = 0; i < 20; i++) {
      await store.collection('members').insert({ openid: `o${i}`, room: { buildingId: `b${i % 4}` }, n: i });
    }
    const plan = async (run: () => Promise<unknown>): Promise<string> => {
      traced.length = 0;
      await run();
      const sql = traced.find((statement) => statement.startsWith('SELECT doc'));
      if (!sql) throw new Error(`no query traced: ${traced.join(' | ')}`);
      const raw = new Database(file, { readonly: true });
      try {
        const rows = raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[];
        return rows.map((row) => row.detail).join(' | ');
      } finally {
        raw.close();
      }
    };
    const members = store.collection('members');
    const indexed = await plan(() => members.find({ 'room.buildingId': 'b1' }));
    expect(indexed).toMatch(/USING INDEX "?members__i__room\.buildingId/);
    const ranged = await plan(() => members.find({ 'room.buildingId': { in: ['b1', 'b2'] } }));
    expect(ranged).toMatch(/USING INDEX "?members__i__room\.buildingId/);
    const unique = await plan(() => members.find({ openid: 'o1' }));
    expect(unique).toMatch(/USING INDEX "?members__i__openid/);
    const unindexed = await plan(() => members.find({ n: 3 }));
    // Without an index on n the rows are scanned (in _id order, through the primary key).
    expect(unindexed).toMatch(/SCAN members/);
    expect(unindexed).not.toMatch(/buildingId/);
  });

  test('a transaction whose read document changes underneath runs again and loses nothing', async () => {
    const file = tempFile();
    const [mine, theirs] = [await openStore(file), await openStore(file)];
    await mine.collection('counters').insert({ _id: 'c', n: 0 });
    let runs = 0;
    await mine.transaction(async (tx) => {
      runs++;
      await tx.get('counters', 'c');
      if (runs === 1) await theirs.collection('counters').update({ _id: 'c' }, { inc: { n: 1 } });
      await tx.update('counters', 'c', { inc: { n: 10 } });
    });
    expect(runs).toBe(2);
    await expect(mine.collection('counters').get('c')).resolves.toEqual({ _id: 'c', n: 11 });
  });

  test('a transaction that keeps colliding gives up with CONFLICT after 5 runs and writes nothing', async () => {
    const file = tempFile();
    const [mine, theirs] = [await openStore(file), await openStore(file)];
    await mine.collection('counters').insert({ _id: 'c', n: 0 });
    let runs = 0;
    const run = mine.transaction(async (tx) => {
      runs++;
      await tx.get('counters', 'c');
      await theirs.collection('counters').update({ _id: 'c' }, { inc: { n: 1 } });
      await tx.update('counters', 'c', { inc: { n: 100 } });
    });
    await expect(run).rejects.toMatchObject({ name: 'StoreError', kind: 'CONFLICT', adapter: 'sqlite' });
    expect(runs).toBe(5);
    await expect(mine.collection('counters').get('c')).resolves.toEqual({ _id: 'c', n: 5 });
  });

  test('using a transaction after its callback returned is refused', async () => {
    const store = await openStore(tempFile());
    const leaked: Transaction[] = [];
    await store.transaction(async (tx) => {
      leaked.push(tx);
    });
    await expect(leaked[0]?.get('things', 'a')).rejects.toMatchObject({ kind: 'INVALID' });
  });
});
