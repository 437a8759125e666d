import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Tests and generated or installed folders never end up in a bundle, so they never force a rebuild. */
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.data', 'coverage']);
const SKIPPED_FILE = /\.test\.tsx?$/;

/** Every file under `dir` (recursively), as absolute paths in a stable order. */
export function listInputFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) walk(full);
      } else if (entry.isFile() && !SKIPPED_FILE.test(entry.name)) {
        files.push(full);
      }
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return files.sort();
}

/**
 * A content hash of the given files (path relative to `base` + bytes) and extra facts (versions, build options):
 * touching a file without changing it does not rebuild, renaming one does.
 */
export function hashInputs(base: string, files: readonly string[], facts: Record<string, string>): string {
  const hash = createHash('sha256');
  for (const key of Object.keys(facts).sort()) hash.update(`fact\0${key}\0${facts[key]}\0`);
  for (const file of [...new Set(files)].sort()) {
    hash.update(`file\0${path.relative(base, file).split(path.sep).join('/')}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}
