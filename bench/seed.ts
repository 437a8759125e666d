import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../cloudfunctions/core/adapters/store/sqlite-store';
import type { DocumentStore, IndexSpec } from '../cloudfunctions/core/ports/document-store';
import { generatePlaces, hierarchyOfSize } from '../cloudfunctions/core/seed/generate-places';
import { seedPlaces } from '../cloudfunctions/core/seed/seed-demo';
import { INDEXES } from '../cloudfunctions/core/store/indexes';
import { PLACES, type PlaceDoc } from '../cloudfunctions/core/use-cases/places/collections';

/**
 * Seeding a street of ~100,000 rooms into a fresh sqlite store the way the seed writes it (`seedPlaces`: 500 places
 * a transaction) with every declared index; again with no index, so the index upkeep shows as a ratio; and with the
 * indexes but one commit per place, so what batching buys shows too.
 *
 *   npx tsx bench/seed.ts [rooms]
 */
const ROOMS = Number(process.argv[2] ?? 100_000);

type Writer = (store: DocumentStore) => Promise<number>;

/** What `seedDemo` and the benches use. */
const seeded: Writer = (store) => seedPlaces(store, hierarchyOfSize(ROOMS));

/** The same documents, one insert (one commit) each. */
const perDocument: Writer = async (store) => {
  const places = store.collection<PlaceDoc>(PLACES);
  let count = 0;
  for (const doc of generatePlaces(hierarchyOfSize(ROOMS))) {
    await places.insert(doc);
    count++;
  }
  return count;
};

async function seedOnce(
  indexes: readonly IndexSpec[],
  write: Writer,
): Promise<{ seconds: number; places: number; bytes: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-bench-seed-'));
  const file = path.join(dir, 'linli.sqlite');
  const store = await createSqliteStore({ file });
  try {
    await store.ensureIndexes(indexes);
    const started = performance.now();
    const places = await write(store);
    const seconds = (performance.now() - started) / 1000;
    return { seconds, places, bytes: statSync(file).size };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  let rooms = 0;
  for (const doc of generatePlaces(hierarchyOfSize(ROOMS))) if (doc.kind === 'room') rooms++;
  const placesIndexes = INDEXES.filter((spec) => spec.collection === PLACES).length;
  console.log(`seed: hierarchyOfSize(${ROOMS}) = ${rooms} rooms, node ${process.version}, sqlite WAL`);

  const indexed = await seedOnce(INDEXES, seeded);
  const bare = await seedOnce([], seeded);
  const single = await seedOnce(INDEXES, perDocument);
  const line = (label: string, run: typeof indexed) =>
    console.log(
      `${label.padEnd(28)} ${run.seconds.toFixed(2).padStart(7)} s  ${Math.round(rooms / run.seconds)
        .toString()
        .padStart(7)} rooms/s  ${Math.round(run.places / run.seconds)
        .toString()
        .padStart(7)} places/s  file ${(run.bytes / 1024 / 1024).toFixed(1)} MB (before checkpoint)`,
    );
  line(`seedPlaces, ${placesIndexes} places indexes`, indexed);
  line('seedPlaces, no indexes', bare);
  line('one commit per place, indexed', single);
  console.log(`index upkeep: ${(indexed.seconds / bare.seconds).toFixed(2)}× the time of bare inserts`);
  console.log(`batching commits: ${(single.seconds / indexed.seconds).toFixed(2)}× faster than one commit per place`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
