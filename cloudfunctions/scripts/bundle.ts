import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { contracts } from '@linli/shared';
import { type BuildOptions, build, version as esbuildVersion } from 'esbuild';
import { withBuildLock } from './build-lock';
import { cloudbasercPath, createCloudbaserc, writeCloudbaserc } from './cloudbaserc';
import {
  checkAgainstContracts,
  DIST_ROOT,
  discoverFunctions,
  FUNCTIONS_ROOT,
  type FunctionFolder,
  REPO_ROOT,
} from './function-folders';
import { hashInputs, listInputFiles } from './inputs-hash';

/**
 * Bundles every function folder into `cloudfunctions/dist/<name>/`, a folder `tcb fn deploy` takes as it is and the
 * local cloud loads: `index.js` (+ map), `package.json`, `config.json`.
 *
 * `better-sqlite3` (native, local cloud only) and `@cloudbase/node-sdk` (installed by CloudBase) stay external.
 * compose.ts reaches each store adapter through `await import()`, which esbuild turns into a lazily initialised
 * module, so their `require` runs only when that store is chosen.
 */
const ESBUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  external: ['better-sqlite3', '@cloudbase/node-sdk'],
  // Prefer a package's ES module build where it has one: it tree-shakes (hash-wasm's UMD `main` drags in every
  // algorithm, ~200 KB, where argon2 is all we use). Packages with an `exports` map are unaffected.
  mainFields: ['module', 'main'],
  // Whitespace and syntax only: identifiers keep their names, so stack traces in the logs stay readable.
  minifySyntax: true,
  minifyWhitespace: true,
  sourcemap: 'linked',
  sourcesContent: false,
  charset: 'utf8',
  logLevel: 'silent',
} satisfies BuildOptions;

const CLOUDBASE_SDK = '@cloudbase/node-sdk';

export interface BundleOptions {
  /** Rebuild even when the inputs have not changed. */
  force?: boolean;
  /** Where the one-line-per-function report goes; defaults to stdout. */
  log?: (line: string) => void;
}

export interface BundleResult {
  name: string;
  outDir: string;
  /** Absolute path of the bundle's `index.js`. */
  file: string;
  bytes: number;
  rebuilt: boolean;
  ms: number;
}

export async function bundleFunctions(options: BundleOptions = {}): Promise<BundleResult[]> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const functions = discoverFunctions();
  checkAgainstContracts(
    functions.map((fn) => fn.name),
    Object.keys(contracts),
  );

  const version = readPackageJson(path.join(REPO_ROOT, 'package.json')).version;
  const sdkRange = readPackageJson(path.join(FUNCTIONS_ROOT, 'package.json')).dependencies?.[CLOUDBASE_SDK];
  if (!version) throw new Error('The root package.json has no version');
  if (!sdkRange) throw new Error(`cloudfunctions/package.json does not depend on ${CLOUDBASE_SDK}`);

  const commonHash = hashInputs(
    REPO_ROOT,
    [
      ...listInputFiles(path.join(FUNCTIONS_ROOT, 'core')),
      ...listInputFiles(path.join(REPO_ROOT, 'shared')),
      ...listInputFiles(__dirname),
      ...[
        path.join(REPO_ROOT, 'tsconfig.json'),
        path.join(FUNCTIONS_ROOT, 'tsconfig.json'),
        // Bundled packages (zod, dayjs) change version only through the lock.
        path.join(REPO_ROOT, 'package-lock.json'),
      ].filter((file) => existsSync(file)),
    ],
    { version, sdkRange, esbuild: esbuildVersion, options: JSON.stringify(ESBUILD_OPTIONS) },
  );

  // The deploy config depends only on the folders, so it is current even when a bundle below fails.
  const rcFile = cloudbasercPath(REPO_ROOT);
  const rc = createCloudbaserc(functions, {
    version,
    functionRoot: `./${path.relative(REPO_ROOT, DIST_ROOT).split(path.sep).join('/')}`,
  });
  if (writeCloudbaserc(rcFile, rc)) {
    formatJson(rcFile);
    log(`  cloudbaserc.json updated (${functions.length} functions)`);
  }

  const ctx: BundleContext = { version, sdkRange, commonHash, force: options.force ?? false };
  const results = await withBuildLock(DIST_ROOT, async () => {
    // esbuild builds on its own threads, so the functions bundle side by side.
    const built = await Promise.all(functions.map((fn) => bundleOne(fn, ctx)));
    removeStaleBundles(new Set(functions.map((fn) => fn.name)), log);
    return built;
  });

  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) {
    const status = r.rebuilt ? `rebuilt in ${r.ms} ms` : 'unchanged';
    log(`  ${r.name.padEnd(width)}  ${(r.bytes / 1024).toFixed(1).padStart(7)} KB  ${status}`);
  }

  return results;
}

interface BundleContext {
  version: string;
  sdkRange: string;
  commonHash: string;
  force: boolean;
}

async function bundleOne(fn: FunctionFolder, ctx: BundleContext): Promise<BundleResult> {
  const started = performance.now();
  const outDir = path.join(DIST_ROOT, fn.name);
  const file = path.join(outDir, 'index.js');
  const hashFile = path.join(outDir, '.inputs-hash');
  const inputsHash = hashInputs(REPO_ROOT, listInputFiles(fn.dir), { common: ctx.commonHash });

  const isUpToDate =
    !ctx.force &&
    readOptional(hashFile) === inputsHash &&
    ['index.js', 'index.js.map', 'package.json', 'config.json'].every((name) => existsSync(path.join(outDir, name)));
  if (isUpToDate) {
    return { name: fn.name, outDir, file, bytes: readFileSync(file).byteLength, rebuilt: false, ms: 0 };
  }

  const result = await build({
    ...ESBUILD_OPTIONS,
    entryPoints: [fn.entry],
    outfile: file,
    absWorkingDir: REPO_ROOT,
    tsconfig: path.join(FUNCTIONS_ROOT, 'tsconfig.json'),
    write: false,
  }).catch((error: unknown) => {
    throw new Error(`Bundling cloudfunctions/${fn.name} failed`, { cause: error });
  });
  for (const warning of result.warnings) {
    process.stderr.write(`warning (${fn.name}): ${warning.text} ${warning.location?.file ?? ''}\n`);
  }

  const builtAt = new Date().toISOString();
  mkdirSync(outDir, { recursive: true });
  // The hash goes first (removed) and last (written): an interrupted build is never mistaken for a finished one.
  rmSync(hashFile, { force: true });
  let bytes = 0;
  for (const output of result.outputFiles) {
    writeAtomically(output.path, output.contents);
    if (output.path === file) bytes = output.contents.byteLength;
  }
  writeAtomically(path.join(outDir, 'package.json'), json(packageJsonOf(fn, ctx, builtAt, inputsHash)));
  writeAtomically(path.join(outDir, 'config.json'), json(deployedConfigOf(fn, ctx.version, builtAt)));
  writeAtomically(hashFile, `${inputsHash}\n`);

  return { name: fn.name, outDir, file, bytes, rebuilt: true, ms: Math.round(performance.now() - started) };
}

/** What CloudBase installs next to the bundle (installDependency): the SDK only, never the native sqlite driver. */
function packageJsonOf(fn: FunctionFolder, ctx: BundleContext, builtAt: string, inputsHash: string): object {
  return {
    name: fn.name,
    version: ctx.version,
    private: true,
    description: `Linli cloud function "${fn.name}" (generated by cloudfunctions/scripts/bundle.ts)`,
    main: 'index.js',
    engines: { node: '>=18.15' },
    dependencies: { [CLOUDBASE_SDK]: ctx.sdkRange },
    linli: { builtAt, inputsHash },
  };
}

/** The function's config.json plus what env.ts reports from `system.version`. */
function deployedConfigOf(fn: FunctionFolder, version: string, builtAt: string): object {
  return {
    ...fn.config,
    envVariables: { ...fn.config.envVariables, LINLI_VERSION: version, LINLI_BUILT_AT: builtAt },
  };
}

/** A bundle whose function folder is gone must not be served by the local cloud any more. */
function removeStaleBundles(names: ReadonlySet<string>, log: (line: string) => void): void {
  for (const entry of readdirSync(DIST_ROOT, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || names.has(entry.name)) continue;
    const dir = path.join(DIST_ROOT, entry.name);
    if (!existsSync(path.join(dir, '.inputs-hash')) && !existsSync(path.join(dir, 'index.js'))) continue;
    rmSync(dir, { recursive: true, force: true });
    log(`  ${entry.name}: removed (no function folder)`);
  }
}

/** Readers (the local cloud, a parallel test) see the old file or the new one, never half of one. */
function writeAtomically(file: string, contents: string | Uint8Array): void {
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
}

/** The committed cloudbaserc.json follows the repo's formatter, so `biome check .` stays clean after a build. */
function formatJson(file: string): void {
  const biome = path.join(REPO_ROOT, 'node_modules', '.bin', 'biome');
  if (existsSync(biome)) spawnSync(biome, ['format', '--write', file], { stdio: 'ignore' });
}

function json(value: object): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return null;
  }
}

interface PackageJson {
  version?: string;
  dependencies?: Record<string, string>;
}

function readPackageJson(file: string): PackageJson {
  return JSON.parse(readFileSync(file, 'utf8')) as PackageJson;
}

if (require.main === module) {
  bundleFunctions({ force: process.argv.includes('--force') }).catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? formatError(error) : String(error)}\n`);
    process.exitCode = 1;
  });
}

function formatError(error: Error): string {
  const cause = error.cause instanceof Error ? `\n  caused by: ${formatError(error.cause)}` : '';
  return `${error.message}${cause}`;
}
