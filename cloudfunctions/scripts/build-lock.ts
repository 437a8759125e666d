import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const POLL_MS = 50;
/** No bundling run takes this long; a lock older than this was left by a crash. */
const STALE_MS = 5 * 60_000;

/**
 * Serialises bundling across processes (parallel jest workers, `npm run build`, the local cloud): the second
 * builder waits, then finds the bundles current instead of rebuilding them under the first one's feet.
 * `mkdir` is atomic, so exactly one process holds the lock; a holder that died is detected by its pid.
 */
export async function withBuildLock<T>(dir: string, run: () => Promise<T>, timeoutMs = 120_000): Promise<T> {
  const lock = path.join(dir, '.bundle.lock');
  const deadline = Date.now() + timeoutMs;
  mkdirSync(dir, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      if (isAbandoned(lock)) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${lock} (held by another bundling run)`);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    writeFileSync(path.join(lock, 'pid'), String(process.pid));
    return await run();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function isAbandoned(lock: string): boolean {
  let pid = Number.NaN;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    // The holder has made the folder but not yet written its pid: judge by age alone.
  }
  const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
  if (age > STALE_MS) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return isCode(error, 'ESRCH');
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
