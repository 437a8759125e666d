import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Envelope } from '@linli/shared';
import { openStore } from '../cloudfunctions/core/compose';
import { readConfig } from '../cloudfunctions/core/env';
import { hierarchyOfSize } from '../cloudfunctions/core/seed/generate-places';
import { seedPlaces } from '../cloudfunctions/core/seed/seed-demo';
import { INDEXES } from '../cloudfunctions/core/store/indexes';
import { PLACES } from '../cloudfunctions/core/use-cases/places/collections';
import { exportFunctionEnv } from '../cloudfunctions/harness/env';
import { addStaff } from './lib/staff-session';

/**
 * The scoped room register at street size (~100,000 rooms) through the places function's `main`, as the staff
 * console calls it: a compound-scoped property manager and a street-scoped official, each on the first page and
 * on a deep page reached by following cursors. p50/p99 of CALLS calls each, after a warm-up.
 *
 *   npx tsx bench/rooms-list.ts [rooms]
 */
const ROOMS = Number(process.argv[2] ?? 100_000);
const CALLS = 300;
const PAGE = 20;
const SECRET = 'bench-secret-bench-secret-bench-secret-00';

interface Result {
  label: string;
  p50: number;
  p99: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-bench-rooms-'));
  exportFunctionEnv(dataDir, SECRET);
  const store = await openStore(readConfig());
  const places = await import('../cloudfunctions/places/index');
  try {
    await store.ensureIndexes(INDEXES);
    const spec = hierarchyOfSize(ROOMS);
    const seeding = performance.now();
    const count = await seedPlaces(store, spec);
    const rooms = await store.collection(PLACES).count({ kind: 'room' });
    console.log(
      `rooms-list: ${rooms} rooms (${count} places) seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s; ` +
        `${CALLS} calls per case, page ${PAGE}, node ${process.version}`,
    );
    const compound = spec.communities[0]?.compounds[0];
    if (!compound) throw new Error('no compound in the spec');
    const wuye = await addStaff(
      store,
      SECRET,
      'bench-wuye',
      ['property'],
      [spec.district.id, spec.street.id, spec.communities[0]?.id ?? '', compound.id],
    );
    const jiedao = await addStaff(store, SECRET, 'bench-jiedao', ['street'], [spec.district.id, spec.street.id]);

    let calls = 0;
    const call = async (token: string, data: object): Promise<{ items: unknown[]; nextCursor: string | null }> => {
      const res: Envelope<unknown> = await places.main({ action: 'rooms', data, token }, { request_id: `b${++calls}` });
      if (!res.ok) throw new Error(`rooms failed: ${res.error.code} ${res.error.message}`);
      return res.data as { items: unknown[]; nextCursor: string | null };
    };
    /** The cursor after `skip` rooms, reached the way a client gets there: page after page. */
    const cursorAfter = async (token: string, skip: number): Promise<string> => {
      let cursor: string | null = null;
      for (let seen = 0; seen < skip; ) {
        const page = await call(token, { limit: Math.min(100, skip - seen), cursor });
        seen += page.items.length;
        if (!page.nextCursor) throw new Error(`ran out of rooms after ${seen}`);
        cursor = page.nextCursor;
      }
      if (!cursor) throw new Error('no cursor');
      return cursor;
    };
    const measure = async (label: string, token: string, data: object): Promise<Result> => {
      for (let i = 0; i < 10; i++) await call(token, data);
      const times: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        const started = performance.now();
        const page = await call(token, data);
        times.push(performance.now() - started);
        if (page.items.length !== PAGE) throw new Error(`${label}: page of ${page.items.length}`);
      }
      times.sort((a, b) => a - b);
      return { label, p50: percentile(times, 50), p99: percentile(times, 99) };
    };

    const compoundRooms = compound.buildings * compound.unitsPerBuilding * compound.floors * compound.roomsPerFloor;
    const streetDeep = Math.floor(rooms * 0.9);
    const results = [
      await measure('property (compound), page 1', wuye, { limit: PAGE }),
      await measure(`property (compound), after ${compoundRooms - PAGE - 4}`, wuye, {
        limit: PAGE,
        cursor: await cursorAfter(wuye, compoundRooms - PAGE - 4),
      }),
      await measure('street, page 1', jiedao, { limit: PAGE }),
      await measure(`street, after ${streetDeep}`, jiedao, {
        limit: PAGE,
        cursor: await cursorAfter(jiedao, streetDeep),
      }),
    ];
    for (const r of results) {
      console.log(
        `${r.label.padEnd(36)} p50 ${r.p50.toFixed(2).padStart(7)} ms   p99 ${r.p99.toFixed(2).padStart(7)} ms`,
      );
    }
    const [cFirst, cDeep, sFirst, sDeep] = results;
    if (cFirst && cDeep && sFirst && sDeep) {
      console.log(
        `deep/first p50: compound ${(cDeep.p50 / cFirst.p50).toFixed(2)}×, street ${(sDeep.p50 / sFirst.p50).toFixed(2)}×; ` +
          `street/compound first page p50 ${(sFirst.p50 / cFirst.p50).toFixed(2)}×`,
      );
    }
  } finally {
    await places.main.dispose();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
