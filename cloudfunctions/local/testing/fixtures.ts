import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../config';

/** A fresh temporary folder for one test's data, bundles or web roots. */
export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
}

/**
 * A functions folder laid out like `cloudfunctions/dist`. `system` is the real function: its index.js requires the
 * TypeScript source (tsx or jest compile it), so tests exercise the real handler without waiting for esbuild.
 */
export function writeFunctionsDir(
  dir: string,
  extra: Record<string, { code: string; triggers?: object[]; envVariables?: Record<string, string> }> = {},
): string {
  const system = path.join(dir, 'system');
  mkdirSync(system, { recursive: true });
  writeFileSync(
    path.join(system, 'index.js'),
    `module.exports = require(${JSON.stringify(path.join(REPO_ROOT, 'cloudfunctions', 'system', 'index.ts'))});\n`,
  );
  copyFileSync(path.join(REPO_ROOT, 'cloudfunctions', 'system', 'config.json'), path.join(system, 'config.json'));
  for (const [name, { code, triggers = [], envVariables = {} }] of Object.entries(extra)) {
    mkdirSync(path.join(dir, name), { recursive: true });
    writeFileSync(path.join(dir, name, 'index.js'), code);
    writeFileSync(path.join(dir, name, 'config.json'), JSON.stringify({ triggers, envVariables }));
  }
  return dir;
}

/** The h5 fixture's inline script (Taro inlines one too), which the page CSP must allow by hash. */
export const INLINE_SCRIPT = 'document.documentElement.style.fontSize = "20px";';

/** Two tiny web builds: enough to tell which index.html answered. */
export function writeStaticRoots(dir: string): { h5: string; admin: string } {
  const h5 = path.join(dir, 'h5');
  const admin = path.join(dir, 'admin');
  mkdirSync(path.join(h5, 'js'), { recursive: true });
  mkdirSync(admin, { recursive: true });
  writeFileSync(
    path.join(h5, 'index.html'),
    `<!doctype html><title>h5</title><script>${INLINE_SCRIPT}</script><script src="/js/app.js"></script><p>resident h5</p>`,
  );
  writeFileSync(path.join(h5, 'js', 'app.js'), 'console.log("h5")');
  writeFileSync(path.join(h5, '.inputs-hash'), 'secret-ish\n');
  writeFileSync(path.join(admin, 'index.html'), '<!doctype html><title>admin</title><p>staff console</p>');
  return { h5, admin };
}
