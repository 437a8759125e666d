import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bench [name …]`: runs the named benchmarks (all of them without names), one process each so none warms
 * another's caches, and prints each one's own figures. Helper modules (load-generator, door-client) are not benchmarks.
 */
const HELPERS = new Set(['run', 'load-generator', 'door-client']);
const available = readdirSync(__dirname)
  .filter((file) => file.endsWith('.ts') && !HELPERS.has(path.basename(file, '.ts')))
  .map((file) => path.basename(file, '.ts'))
  .sort();

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !available.includes(name));
if (unknown.length > 0) {
  console.error(`unknown benchmark(s): ${unknown.join(', ')}; available: ${available.join(', ')}`);
  process.exit(2);
}

let failed = 0;
for (const name of asked.length > 0 ? asked : available) {
  console.log(`\n===== bench/${name}.ts`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, `${name}.ts`)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
