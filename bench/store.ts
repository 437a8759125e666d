import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { createSqliteStore } from '../cloudfunctions/core/adapters/store/sqlite-store';
import type { Doc, DocumentStore } from '../cloudfunctions/core/ports/document-store';

/**
 * The local sqlite DocumentStore at 100,000 documents: insert throughput (one `insert` call each, and the same rows
 * through one transaction, the port's batch path), then `find` latency on an indexed field against the same query
 * on a field without an index. Temp file, WAL, synchronous=NORMAL, as the local cloud runs it.
 *
 *   npx tsx bench/store.ts [docs] [scan-queries]     (`npx tsx bench/store.ts 20000` for a quicker run)
 */
const DOCS = Number(process.argv[2] ?? 100_000);
const INDEXED_QUERIES = 1000;
const SCAN_QUERIES = Number(process.argv[3] ?? 200);
const VALUES = 10_000; // ~10 documents per value

// A type alias, not an interface: the port's NewDoc is index-signature shaped, which interfaces do not satisfy.
type MemberFields = {
  code: string;
  plain: string;
  n: number;
  room: { buildingId: string; no: number };
};

type Member = Doc & MemberFields;

function member(i: number): MemberFields {
  const value = `v${(i * 7919) % VALUES}`; // spread values over the file, not in insertion order
  return { code: value, plain: value, n: i, room: { buildingId: `b${i % 40}`, no: i % 600 } };
}

/** The floor: bare better-sqlite3 autocommit inserts into the same table shape, on the same disk. */
function rawInsertMs(dir: string): number {
  const db = new Database(path.join(dir, 'raw.sqlite'));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.exec('CREATE TABLE members (_id TEXT PRIMARY KEY NOT NULL, doc TEXT NOT NULL)');
    db.exec(`ALTER TABLE members ADD COLUMN "$code" GENERATED ALWAYS AS (json_extract(doc, '$.code')) VIRTUAL`);
    db.exec('CREATE INDEX members_code ON members ("$code")');
    const insert = db.prepare('INSERT INTO members (_id, doc) VALUES (?, ?)');
    const started = performance.now();
    for (let i = 0; i < DOCS; i++) insert.run(`m${i}`, JSON.stringify({ _id: `m${i}`, ...member(i) }));
    return performance.now() - started;
  } finally {
    db.close();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function timeQueries(store: DocumentStore, field: 'code' | 'plain', runs: number) {
  const members = store.collection<Member>('members');
  const samples: number[] = [];
  let found = 0;
  for (let q = 0; q < runs; q++) {
    const value = `v${(q * 31) % VALUES}`;
    const started = performance.now();
    const page = await members.find({ [field]: value });
    samples.push(performance.now() - started);
    found += page.items.length;
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p99: percentile(samples, 99), avgRows: found / runs, runs };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-bench-store-'));
  const store = await createSqliteStore({ file: path.join(dir, 'bench.sqlite') });
  try {
    await store.ensureIndexes([
      { collection: 'members', fields: ['code'] },
      { collection: 'members_tx', fields: ['code'] },
    ]);

    const members = store.collection<Member>('members');
    let started = performance.now();
    for (let i = 0; i < DOCS; i++) await members.insert(member(i));
    const insertMs = performance.now() - started;

    started = performance.now();
    await store.transaction(async (tx) => {
      for (let i = 0; i < DOCS; i++) await tx.set<Member>('members_tx', { _id: `m${i}`, ...member(i) });
    });
    const txMs = performance.now() - started;

    const rawMs = rawInsertMs(dir);

    const indexed = await timeQueries(store, 'code', INDEXED_QUERIES);
    const scanned = await timeQueries(store, 'plain', SCAN_QUERIES);

    const rate = (ms: number) => Math.round(DOCS / (ms / 1000)).toLocaleString('en-US');
    const ms = (value: number) => value.toFixed(3);
    console.log(
      `sqlite DocumentStore, ${DOCS.toLocaleString('en-US')} documents (${process.version}, ${process.platform})`,
    );
    console.table([
      { measure: 'insert, one call each', total_ms: Math.round(insertMs), per_second: rate(insertMs) },
      { measure: 'insert via one transaction', total_ms: Math.round(txMs), per_second: rate(txMs) },
      { measure: '(floor) raw better-sqlite3 insert', total_ms: Math.round(rawMs), per_second: rate(rawMs) },
    ]);
    console.table([
      {
        query: 'find by indexed field',
        runs: indexed.runs,
        rows: indexed.avgRows,
        p50_ms: ms(indexed.p50),
        p99_ms: ms(indexed.p99),
      },
      {
        query: 'find by unindexed field',
        runs: scanned.runs,
        rows: scanned.avgRows,
        p50_ms: ms(scanned.p50),
        p99_ms: ms(scanned.p99),
      },
    ]);
    console.log(
      `store insert / raw insert: ${(insertMs / rawMs).toFixed(2)}x; one call each / one transaction: ${(insertMs / txMs).toFixed(1)}x`,
    );
    console.log(`unindexed / indexed p50: ${(scanned.p50 / indexed.p50).toFixed(0)}x`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
