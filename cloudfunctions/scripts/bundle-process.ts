import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Envelope } from '@linli/shared';
import { DIST_ROOT } from './function-folders';

/**
 * Runs one built bundle in its own Node process, the way CloudBase and the local cloud run it: plain `require()` of
 * `dist/<name>/index.js` (no test-runner module system, no transpiling), a real `process.env`, then
 * `main(event, context)` per call. The child also records every module id that reaches `Module._load`, which is how
 * tests prove that the native sqlite driver is only required when the sqlite store is chosen.
 */
const DRIVER = `
const Module = require('node:module');
const requested = [];
const load = Module._load;
Module._load = function (request, parent, isMain) { requested.push(request); return load.call(this, request, parent, isMain); };
const { main } = require(process.argv[1]);
const ops = {
  call: (m) => main(m.event, m.context),
  info: () => ({ timers: main.timers, contract: main.contract.name, isFunction: typeof main === 'function' }),
  requires: () => requested,
  dispose: () => main.dispose().then(() => null),
};
process.on('message', (m) => {
  Promise.resolve().then(() => ops[m.op](m))
    .then((result) => process.send({ id: m.id, result }))
    .catch((e) => process.send({ id: m.id, error: String((e && e.stack) || e) }));
});
process.send({ ready: true });
`;

export const TEST_SECRET = 'bundle-test-secret-bundle-test-secret-0123';

export interface BundleInfo {
  timers: string[];
  contract: string;
  isFunction: boolean;
}

export interface BundleProcess {
  readonly pid: number;
  call(event: unknown, context?: unknown): Promise<Envelope<unknown>>;
  info(): Promise<BundleInfo>;
  /** Every module id the bundle has passed to `require` so far. */
  requires(): Promise<string[]>;
  dispose(): Promise<void>;
  /** Disconnects and resolves with the exit code once the process ends by itself (open handles keep it alive). */
  exit(timeoutMs?: number): Promise<number | null>;
  kill(): void;
}

export function bundleFile(name: string): string {
  return path.join(DIST_ROOT, name, 'index.js');
}

/** The env the local cloud gives a bundle, on a fresh sqlite data folder. */
export function localTestEnv(dataDir: string): Record<string, string> {
  return {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: 'dev',
    LINLI_DATA_DIR: dataDir,
    LINLI_SESSION_SECRET: TEST_SECRET,
    LINLI_LOG_LEVEL: 'silent',
  };
}

export function makeDataDir(prefix: string): { dataDir: string; cleanUp(): void } {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  return { dataDir, cleanUp: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/**
 * Starts the bundle with exactly `env`: nothing from the developer's shell leaks in. The Node binary is
 * this one unless LINLI_BUNDLE_NODE names another (e.g. a Node 18 to match the CloudBase runtime).
 */
export async function startBundle(name: string, env: Record<string, string>): Promise<BundleProcess> {
  // biome-ignore lint/style/noProcessEnv: test tooling, not cloud code: lets a run pick the runtime's Node version.
  const node = process.env.LINLI_BUNDLE_NODE ?? process.execPath;
  const child = spawn(node, ['-e', DRIVER, bundleFile(name)], {
    env,
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  exited.then(() => {
    for (const waiter of pending.values()) waiter.reject(new Error(`bundle ${name} exited: ${stderr}`));
    pending.clear();
  });
  await waitForReady(child, exited, () => stderr, name);
  child.on('message', (message: { id: number; result?: unknown; error?: string }) => {
    const waiter = pending.get(message.id);
    if (!waiter) return;
    pending.delete(message.id);
    if (message.error !== undefined) waiter.reject(new Error(`bundle ${name} threw: ${message.error}`));
    else waiter.resolve(message.result);
  });

  function send<T>(op: string, fields: Record<string, unknown> = {}): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: (value) => resolve(value as T), reject });
      child.send({ id, op, ...fields });
    });
  }

  return {
    pid: child.pid ?? -1,
    call: (event, context) => send<Envelope<unknown>>('call', { event, context }),
    info: () => send<BundleInfo>('info'),
    requires: () => send<string[]>('requires'),
    dispose: () => send<void>('dispose'),
    async exit(timeoutMs = 5000) {
      if (child.connected) child.disconnect();
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(resolve, timeoutMs, 'timeout').unref());
      const result = await Promise.race([exited, timeout]);
      if (result === 'timeout') {
        child.kill('SIGKILL');
        throw new Error(`bundle ${name} still running ${timeoutMs} ms after disconnect: something was left open`);
      }
      return result;
    },
    kill: () => void child.kill('SIGKILL'),
  };
}

function waitForReady(
  child: ChildProcess,
  exited: Promise<number | null>,
  stderr: () => string,
  name: string,
): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    exited.then((code) => reject(new Error(`bundle ${name} failed to load (exit ${code}):\n${stderr()}`)));
  });
}
