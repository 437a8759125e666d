import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Makes sure dist-weapp holds a production build before something reads it (test:weapp's globalSetup, the size
 * bench). By default it also rebuilds when any source is newer than the build, so tests never run stale output.
 */
const MINIPROGRAM_DIR = path.resolve(__dirname, '..');
export const DIST_WEAPP = path.join(MINIPROGRAM_DIR, 'dist-weapp');
const BUILD_MARKER = path.join(DIST_WEAPP, 'app.js');

const SOURCES = [
  path.join(MINIPROGRAM_DIR, 'src'),
  path.join(MINIPROGRAM_DIR, 'config'),
  path.join(MINIPROGRAM_DIR, 'babel.config.js'),
  path.join(MINIPROGRAM_DIR, 'package.json'),
  path.resolve(MINIPROGRAM_DIR, '../shared'),
];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return /\.test\.tsx?$/.test(entry) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const name of fs.readdirSync(entry)) {
    if (name === 'node_modules') continue;
    newest = Math.max(newest, newestMtime(path.join(entry, name)));
  }
  return newest;
}

export function isWeappBuildStale(): boolean {
  if (!fs.existsSync(BUILD_MARKER)) return true;
  const builtAt = fs.statSync(BUILD_MARKER).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

/** Runs `taro build --type weapp` in production mode; returns the build time in milliseconds. */
export function buildWeapp(): number {
  const taro = createRequire(path.join(MINIPROGRAM_DIR, 'package.json')).resolve('@tarojs/cli/bin/taro');
  const started = Date.now();
  const result = spawnSync(process.execPath, [taro, 'build', '--type', 'weapp'], {
    cwd: MINIPROGRAM_DIR,
    // biome-ignore lint/style/noProcessEnv: a build script hands its environment on to the build it starts
    env: { ...process.env, NODE_ENV: 'production', TARO_ENV: 'weapp' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !fs.existsSync(BUILD_MARKER)) {
    const output = `${result.stdout ?? ''}\n${result.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`taro build --type weapp failed (exit ${result.status}):\n${output}`);
  }
  return Date.now() - started;
}

export interface EnsureOptions {
  /** Rebuild when sources are newer than the build (default true); false only builds a missing one. */
  rebuildIfStale?: boolean;
}

export function ensureWeappBuild(options: EnsureOptions = {}): { built: boolean; ms: number } {
  const missing = !fs.existsSync(BUILD_MARKER);
  const needed = missing || ((options.rebuildIfStale ?? true) && isWeappBuildStale());
  if (!needed) return { built: false, ms: 0 };
  process.stdout.write(`\nBuilding the weapp (${missing ? 'missing' : 'sources changed'}) …\n`);
  return { built: true, ms: buildWeapp() };
}

/** jest globalSetup entry. */
export default function globalSetup(): void {
  ensureWeappBuild();
}
