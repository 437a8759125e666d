import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { withBuildLock } from './build-lock';

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'linli-build-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

test('runs one holder at a time', async () => {
  const events: string[] = [];
  const run = (name: string) =>
    withBuildLock(dir, async () => {
      events.push(`${name} in`);
      await tick();
      events.push(`${name} out`);
    });
  await Promise.all([run('a'), run('b')]);
  expect(events).toEqual(['a in', 'a out', 'b in', 'b out']);
});

test('releases the lock when the run throws', async () => {
  await expect(withBuildLock(dir, () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
  expect(existsSync(path.join(dir, '.bundle.lock'))).toBe(false);
  await expect(withBuildLock(dir, async () => 'next')).resolves.toBe('next');
});

test('takes over a lock whose holder died', async () => {
  const dead = spawnSync(process.execPath, ['-e', '0']).pid;
  mkdirSync(path.join(dir, '.bundle.lock'));
  writeFileSync(path.join(dir, '.bundle.lock', 'pid'), String(dead));
  await expect(withBuildLock(dir, async () => 'ran', 2000)).resolves.toBe('ran');
});

test('waits for a live holder, then gives up at the timeout', async () => {
  mkdirSync(path.join(dir, '.bundle.lock'));
  writeFileSync(path.join(dir, '.bundle.lock', 'pid'), String(process.pid));
  await expect(withBuildLock(dir, async () => 'ran', 200)).rejects.toThrow(/Timed out/);
});
