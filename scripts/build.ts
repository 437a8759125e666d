import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { bundleFunctions } from '../cloudfunctions/scripts/bundle';
import { hashInputs } from '../cloudfunctions/scripts/inputs-hash';
import { REPO_ROOT, WORKSPACE_TARGETS, type WorkspaceTarget } from './build-targets';
import { runCommand } from './run-command';

const HASH_FILE = '.inputs-hash';

export interface BuildOptions {
  /** Rebuild everything, changed or not. */
  force?: boolean;
  /** Stream the build tools' output instead of showing it only on failure. */
  verbose?: boolean;
  log?: (line: string) => void;
}

export interface BuildReport {
  target: string;
  status: 'built' | 'skipped';
  seconds: number;
}

/**
 * `npm run build`: the function bundles, then the staff console and the two mini-program builds, each only when
 * its inputs changed since it was last built (a content hash kept in its output folder as `.inputs-hash`). One line
 * per target. Throws on the first failing build, after saying which one.
 */
export async function buildAll(options: BuildOptions = {}): Promise<BuildReport[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const force = options.force ?? false;
  const reports: BuildReport[] = [];
  const report = (target: string, status: BuildReport['status'], started: number, note: string): void => {
    const seconds = (performance.now() - started) / 1000;
    reports.push({ target, status, seconds });
    log(`${status.padEnd(8)}${target.padEnd(24)}${seconds.toFixed(1).padStart(6)} s  ${note}`);
  };

  let started = performance.now();
  const details: string[] = [];
  const bundles = await failWith('cloudfunctions/dist', () =>
    bundleFunctions({ force, log: (line) => details.push(line) }),
  );
  const rebuilt = bundles.filter((bundle) => bundle.rebuilt).map((bundle) => bundle.name);
  report(
    'cloudfunctions/dist',
    rebuilt.length > 0 ? 'built' : 'skipped',
    started,
    rebuilt.length > 0 ? `rebuilt ${rebuilt.join(', ')}` : `${bundles.length} bundles unchanged`,
  );
  if (options.verbose) for (const line of details) log(line);

  for (const target of WORKSPACE_TARGETS) {
    started = performance.now();
    const hash = hashInputs(REPO_ROOT, target.inputs(), { command: target.command.join(' ') });
    if (!force && isUpToDate(target, hash)) {
      report(target.label, 'skipped', started, 'inputs unchanged');
      continue;
    }
    // Gone first, written last: a build that dies half-way is never taken for a finished one.
    rmSync(path.join(target.outDir, HASH_FILE), { force: true });
    await failWith(target.label, () => runCommand(target.command, REPO_ROOT, options.verbose ?? false));
    if (!existsSync(path.join(target.outDir, target.marker))) {
      throw new Error(`${target.label}: the build finished but ${target.marker} is missing`);
    }
    writeFileSync(path.join(target.outDir, HASH_FILE), `${hash}\n`);
    report(target.label, 'built', started, force ? 'forced' : 'inputs changed');
  }
  return reports;
}

function isUpToDate(target: WorkspaceTarget, hash: string): boolean {
  const hashFile = path.join(target.outDir, HASH_FILE);
  if (!existsSync(hashFile) || !existsSync(path.join(target.outDir, target.marker))) return false;
  return readFileSync(hashFile, 'utf8').trim() === hash;
}

async function failWith<T>(label: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new Error(`构建失败 / build failed: ${label}`, { cause: error });
  }
}

export function describeBuildError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause === undefined ? '' : `\n${describeBuildError(error.cause)}`;
  return `${error.message}${cause}`;
}

if (require.main === module) {
  const started = performance.now();
  buildAll({ force: process.argv.includes('--force'), verbose: process.argv.includes('--verbose') }).then(
    () => process.stdout.write(`build done in ${((performance.now() - started) / 1000).toFixed(1)} s\n`),
    (error: unknown) => {
      process.stderr.write(`${describeBuildError(error)}\n`);
      process.exitCode = 1;
    },
  );
}
