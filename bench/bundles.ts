import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundleFunctions } from '../cloudfunctions/scripts/bundle';

/**
 * Size and cold-start cost of every function bundle. CloudBase starts a fresh Node process for a cold instance, so
 * each sample is a new `node` process timing `require()` of the bundle, then its first call (which opens the store:
 * sqlite on a temp folder here). Median of RUNS samples.
 *
 *   npx tsx bench/bundles.ts
 */
const RUNS = 5;
const SIZE_GOAL_KB = 1024;
const REQUIRE_GOAL_MS = 100;

const PROBE = `
const t0 = process.hrtime.bigint();
const { main } = require(process.argv[1]);
const t1 = process.hrtime.bigint();
main({ action: '__bench_unknown__' }, { request_id: 'bench' }).then(async (res) => {
  const t2 = process.hrtime.bigint();
  await main.dispose();
  process.stdout.write(JSON.stringify({ requireMs: Number(t1 - t0) / 1e6, firstCallMs: Number(t2 - t1) / 1e6, code: res.ok ? null : res.error.code }));
});
`;

interface Sample {
  requireMs: number;
  firstCallMs: number;
  code: string | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function sample(file: string, dataDir: string): Sample {
  const out = execFileSync(process.execPath, ['-e', PROBE, file], {
    env: {
      PATH: process.env.PATH ?? '',
      LINLI_STORE: 'sqlite',
      LINLI_RUNTIME: 'local',
      LINLI_MODE: 'dev',
      LINLI_DATA_DIR: dataDir,
      LINLI_SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-00',
      LINLI_LOG_LEVEL: 'silent',
    },
    encoding: 'utf8',
  });
  return JSON.parse(out) as Sample;
}

async function main(): Promise<void> {
  const results = await bundleFunctions({ log: () => {} });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'linli-bench-bundles-'));
  // The bare Node start, measured the same way, so the figures above can be read as "on top of node itself".
  const bareNode = median(
    Array.from({ length: RUNS }, () => {
      const started = performance.now();
      execFileSync(process.execPath, ['-e', '0']);
      return performance.now() - started;
    }),
  );
  console.log(`bundles: ${results.length}, ${RUNS} cold processes each, median (node ${process.version})`);
  console.log(
    `${'function'.padEnd(12)} ${'size KB'.padStart(9)} ${'require ms'.padStart(11)} ${'× node start'.padStart(13)} ${'1st call ms'.padStart(12)}`,
  );
  try {
    for (const r of results) {
      const samples = Array.from({ length: RUNS }, () => sample(r.file, dataDir));
      const unexpected = samples.find((s) => s.code !== 'FN.UNKNOWN_ACTION');
      if (unexpected) throw new Error(`${r.name}: probe call answered ${unexpected.code ?? 'ok'}`);
      const kb = r.bytes / 1024;
      const requireMs = median(samples.map((s) => s.requireMs));
      const firstCallMs = median(samples.map((s) => s.firstCallMs));
      const marks = `${kb <= SIZE_GOAL_KB ? 'size ok' : 'SIZE OVER GOAL'}, ${requireMs <= REQUIRE_GOAL_MS ? 'require ok' : 'REQUIRE OVER GOAL'}`;
      console.log(
        `${r.name.padEnd(12)} ${kb.toFixed(1).padStart(9)} ${requireMs.toFixed(1).padStart(11)} ${(requireMs / bareNode).toFixed(2).padStart(13)} ${firstCallMs.toFixed(1).padStart(12)}   ${marks}`,
      );
    }
    console.log(`goals: size <= ${SIZE_GOAL_KB} KB, cold require <= ${REQUIRE_GOAL_MS} ms`);
    console.log(`bare \`node -e 0\` process: ${bareNode.toFixed(1)} ms wall (the "× node start" column divides by it)`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
