import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Envelope, REPAIR_CATEGORY_IDS, type RepairStatus, repairDueAt } from '@linli/shared';
import { openStore } from '../cloudfunctions/core/compose';
import { readConfig } from '../cloudfunctions/core/env';
import { hierarchyOfSize } from '../cloudfunctions/core/seed/generate-places';
import { INDEXES } from '../cloudfunctions/core/store/indexes';
import { REPAIRS, type RepairDoc } from '../cloudfunctions/core/use-cases/repair/collections';
import { exportFunctionEnv } from '../cloudfunctions/harness/env';
import { addStaff } from './lib/staff-session';

/**
 * The dispatch board with REPAIRS repairs in the store (a street's worth, spread over its compounds, most of them
 * long closed), through the repair function's `main` as the console calls it: a compound's property manager on
 * the 待派单 column and the overdue filter, and a street official on the largest column (已完成), each answer
 * carrying every column's count. p50/p99 of CALLS calls per case, after a warm-up.
 *
 *   npx tsx bench/repair-board.ts [repairs]
 */
const REPAIR_COUNT = Number(process.argv[2] ?? 100_000);
const CALLS = 200;
const SECRET = 'bench-secret-bench-secret-bench-secret-00';
const BATCH = 1000;

/** Roughly how a year of repairs stands: most closed, a tenth still open. */
const MIX: readonly [RepairStatus, number][] = [
  ['confirmed', 0.7],
  ['cancelled', 0.05],
  ['merged', 0.02],
  ['resolved', 0.05],
  ['in_progress', 0.05],
  ['assigned', 0.05],
  ['submitted', 0.06],
  ['reopened', 0.02],
];

function statusAt(i: number): RepairStatus {
  let x = (i * 7919) % 10_000;
  for (const [status, share] of MIX) {
    x -= share * 10_000;
    if (x < 0) return status;
  }
  return 'confirmed';
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-bench-repairs-'));
  exportFunctionEnv(dataDir, SECRET);
  const store = await openStore(readConfig());
  const repairFn = await import('../cloudfunctions/repair/index');
  try {
    await store.ensureIndexes(INDEXES);
    const spec = hierarchyOfSize(100_000);
    const compounds = spec.communities.flatMap((community) =>
      community.compounds.map((compound) => ({ community: community.id, compound: compound.id })),
    );
    const seeding = performance.now();
    const now = Date.now();
    for (let start = 0; start < REPAIR_COUNT; start += BATCH) {
      await store.transaction(async (tx) => {
        for (let i = start; i < Math.min(REPAIR_COUNT, start + BATCH); i += 1) {
          await tx.set<RepairDoc>(REPAIRS, repairDoc(i, compounds[i % compounds.length], now));
        }
      });
    }
    console.log(
      `repair-board: ${REPAIR_COUNT} repairs over ${compounds.length} compounds seeded in ` +
        `${((performance.now() - seeding) / 1000).toFixed(1)} s; ${CALLS} calls per case, node ${process.version}`,
    );
    const first = compounds[0];
    if (!first) throw new Error('no compound');
    const wuye = await addStaff(
      store,
      SECRET,
      'bench-wuye',
      ['property'],
      ['dst-b', 'str-b', first.community, first.compound],
    );
    const jiedao = await addStaff(store, SECRET, 'bench-jiedao', ['street'], ['dst-b', 'str-b']);

    let calls = 0;
    const call = async (token: string, data: object) => {
      const res: Envelope<unknown> = await repairFn.main(
        { action: 'board', data, token },
        { request_id: `b${++calls}` },
      );
      if (!res.ok) throw new Error(`board failed: ${res.error.code} ${res.error.message}`);
      return res.data as { items: unknown[]; counts: Record<string, number> };
    };
    const measure = async (label: string, token: string, data: object) => {
      for (let i = 0; i < 10; i++) await call(token, data);
      const times: number[] = [];
      let shown = 0;
      for (let i = 0; i < CALLS; i++) {
        const started = performance.now();
        const page = await call(token, data);
        times.push(performance.now() - started);
        shown = page.items.length;
      }
      times.sort((a, b) => a - b);
      console.log(
        `${label.padEnd(44)} p50 ${percentile(times, 50).toFixed(2).padStart(7)} ms   p99 ${percentile(times, 99).toFixed(2).padStart(7)} ms   (${shown} shown)`,
      );
    };
    await measure('property (compound): 待派单, page 1', wuye, { status: 'submitted' });
    await measure('property (compound): 维修中, overdue only', wuye, { status: 'in_progress', isOverdue: true });
    await measure('street: 已完成 (largest column), page 1', jiedao, { status: 'confirmed' });
    await measure('street: 待派单, 电梯 only', jiedao, { status: 'submitted', category: 'elevator' });
  } finally {
    await repairFn.main.dispose();
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function repairDoc(i: number, place: { community: string; compound: string } | undefined, now: number): RepairDoc {
  if (!place) throw new Error('no compound');
  const status = statusAt(i);
  const category = REPAIR_CATEGORY_IDS[i % REPAIR_CATEGORY_IDS.length] ?? 'other';
  const created = new Date(now - (i % 365) * 86_400_000 - (i % 1440) * 60_000);
  const isOpen = ['submitted', 'reopened', 'assigned', 'in_progress'].includes(status);
  const at = created.toISOString();
  return {
    _id: `r${String(i).padStart(7, '0')}`,
    number: `BX-B${i}`,
    category,
    urgency: i % 10 === 0 ? 'urgent' : 'normal',
    status,
    description: '基准报修：水管漏水',
    title: '基准报修：水管漏水',
    location: { kind: 'room', place: null },
    locationLabel: `${place.compound} 1栋 1单元 101`,
    roomId: `${place.compound}-b1-u1-101`,
    districtId: 'dst-b',
    streetId: 'str-b',
    communityId: place.community,
    compoundId: place.compound,
    buildingId: `${place.compound}-b1`,
    unitId: `${place.compound}-b1-u1`,
    reporterResidentId: `res-bench-${i % 5000}`,
    reporterOpenid: `bench-${i % 5000}`,
    reporterName: '基准住户',
    reporterPhone: '13800000000',
    photoIds: [],
    preferredTime: null,
    createdAt: at,
    updatedAt: at,
    dueAt: repairDueAt(category, 'normal', created).toISOString(),
    isOverdue: isOpen && i % 3 === 0,
    assigneeId: isOpen && status !== 'submitted' ? 'staff-bench-worker' : null,
    assigneeName: null,
    acceptedAt: null,
    resolvedAt: status === 'resolved' || status === 'confirmed' ? at : null,
    completion: null,
    rating: status === 'confirmed' ? 1 + (i % 5) : null,
    ratingComment: null,
    reopenCount: 0,
    mergedInto: null,
    timeline: [
      {
        at,
        action: 'submit',
        actorKind: 'resident',
        actorId: null,
        actorLabel: '基准住户',
        from: null,
        to: 'submitted',
        note: null,
        photoIds: [],
        isInternal: false,
      },
    ],
    version: 1,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
