import fs from 'node:fs';
import path from 'node:path';
import { DIST_WEAPP, ensureWeappBuild } from '../miniprogram/scripts/ensure-weapp';

/**
 * Main-package size of the weapp build against WeChat's 2 MB hard limit and our 512 KB goal (the main package is
 * what every resident downloads before the first screen). Measures miniprogram/dist-weapp as it is; builds it
 * (production mode) only when it is missing. Rebuild first to measure current code:
 *
 *   cd miniprogram && NODE_ENV=production npx taro build --type weapp && cd .. && npx tsx bench/weapp-size.ts
 */
const GOAL_KB = 512;
const LIMIT_KB = 2048;
const LARGEST = 10;

interface FileSize {
  file: string;
  bytes: number;
}

function listFiles(dir: string, base = dir): FileSize[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, base);
    return [{ file: path.relative(base, full), bytes: fs.statSync(full).size }];
  });
}

/** Subpackage roots from app.json (`subPackages` or `subpackages`); their files are not in the main package. */
function subpackageRoots(): string[] {
  const app: unknown = JSON.parse(fs.readFileSync(path.join(DIST_WEAPP, 'app.json'), 'utf8'));
  if (typeof app !== 'object' || app === null) return [];
  const record = app as Record<string, unknown>;
  const list = record.subPackages ?? record.subpackages;
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    const root = typeof item === 'object' && item !== null ? (item as Record<string, unknown>).root : undefined;
    return typeof root === 'string' ? [root.replace(/\/+$/, '')] : [];
  });
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

const { built, ms } = ensureWeappBuild({ rebuildIfStale: false });
if (built) console.log(`built dist-weapp (production) in ${(ms / 1000).toFixed(1)} s`);
else
  console.log(
    `measuring existing dist-weapp, built ${fs.statSync(path.join(DIST_WEAPP, 'app.js')).mtime.toISOString()}`,
  );

const roots = subpackageRoots();
const inSubpackage = (file: string): string | undefined =>
  roots.find((root) => file === root || file.startsWith(`${root}/`));
const files = listFiles(DIST_WEAPP);
const main = files.filter((f) => !inSubpackage(f.file));
const mainBytes = main.reduce((sum, f) => sum + f.bytes, 0);

console.log(`\nweapp main package: ${kb(mainBytes)} KB in ${main.length} files`);
console.log(`  vs goal  ${GOAL_KB} KB: ${((mainBytes / 1024 / GOAL_KB) * 100).toFixed(0)}%`);
console.log(`  vs limit ${LIMIT_KB} KB: ${((mainBytes / 1024 / LIMIT_KB) * 100).toFixed(0)}%`);
for (const root of roots) {
  const bytes = files.filter((f) => inSubpackage(f.file) === root).reduce((sum, f) => sum + f.bytes, 0);
  console.log(`subpackage ${root}: ${kb(bytes)} KB (limit ${LIMIT_KB} KB)`);
}

console.log(`\nlargest main-package files:`);
for (const f of [...main].sort((a, b) => b.bytes - a.bytes).slice(0, LARGEST)) {
  console.log(`  ${kb(f.bytes).padStart(8)} KB  ${f.file}`);
}
