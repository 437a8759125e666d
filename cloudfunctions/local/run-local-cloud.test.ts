import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir, writeFunctionsDir } from './testing/fixtures';
import { type SpawnedCloud, spawnLocalCloud } from './testing/spawn-local-cloud';

// Each case starts one or two real processes (tsx compiling on a busy machine): allow more than the default.
jest.setTimeout(60_000);

/** The runner as a person (or CI) runs it: its own process, its exit codes, its one-line explanations. */
describe('the local cloud process', () => {
  let root: string;
  let functionsDir: string;
  const running: SpawnedCloud[] = [];

  beforeAll(() => {
    root = tempDir('local-process');
    functionsDir = writeFunctionsDir(path.join(root, 'functions'));
  });

  afterEach(async () => {
    await Promise.all(running.splice(0).map((cloud) => cloud.stop()));
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const start = (dataDir: string, env: Record<string, string> = {}): SpawnedCloud => {
    const cloud = spawnLocalCloud({
      PORT: '0',
      LINLI_DATA_DIR: dataDir,
      LINLI_FUNCTIONS_DIR: functionsDir,
      LINLI_LOG_LEVEL: 'silent',
      LINLI_TIMERS: 'off',
      ...env,
    });
    running.push(cloud);
    return cloud;
  };

  const health = async (url: string) =>
    (await (await fetch(`${url}/api/health`)).json()) as { data: { seededAt: string | null } };

  it('keeps its data across a clean stop and a restart', async () => {
    const dataDir = path.join(root, 'restart');
    const first = start(dataDir);
    const url = await first.url;
    const ping = await fetch(`${url}/api/fn/system`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'ping' }),
    });
    expect(ping.status).toBe(200);
    const before = await health(url);
    expect(before.data.seededAt).toEqual(expect.any(String));
    const secret = readFileSync(path.join(dataDir, 'session-secret'), 'utf8');
    expect(statSync(path.join(dataDir, 'session-secret')).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(dataDir, 'id-key')).mode & 0o777).toBe(0o600);

    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toContain('The local cloud has stopped');
    expect(existsSync(path.join(dataDir, 'local-cloud.lock'))).toBe(false);

    const second = start(dataDir);
    const after = await health(await second.url);
    expect(after.data.seededAt).toBe(before.data.seededAt);
    expect(readFileSync(path.join(dataDir, 'session-secret'), 'utf8')).toBe(secret);
    expect((await second.stop()).code).toBe(0);
  });

  it('exits 2 with one explaining line when the data file is corrupted', async () => {
    const dataDir = path.join(root, 'corrupt');
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'linli.sqlite');
    writeFileSync(file, 'this is not a database, just some text that was left here by accident\n'.repeat(100));
    const exit = await start(dataDir).exited;
    expect(exit.code).toBe(2);
    const lines = exit.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(file);
    expect(lines[0]).toContain('已损坏');
    expect(lines[0]).toContain('corrupted');
    expect(existsSync(path.join(dataDir, 'local-cloud.lock'))).toBe(false);
  });

  it('exits 3 when another local cloud holds the data folder', async () => {
    const dataDir = path.join(root, 'shared');
    const first = start(dataDir);
    await first.url;
    const exit = await start(dataDir).exited;
    expect(exit.code).toBe(3);
    expect(exit.stderr.trim().split('\n')).toEqual([expect.stringContaining(`pid ${first.child.pid}`)]);
    expect(exit.stderr).toContain(dataDir);
    // The first one is untouched by the second's failure.
    expect((await fetch(`${await first.url}/api/health`)).status).toBe(200);
  });

  it('exits 3 when something else holds the data file locked', async () => {
    const dataDir = path.join(root, 'sqlite-locked');
    mkdirSync(dataDir, { recursive: true });
    const file = path.join(dataDir, 'linli.sqlite');
    const holder = new Database(file);
    holder.pragma('journal_mode = WAL');
    holder.exec('CREATE TABLE held (x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1);');
    try {
      const exit = await start(dataDir).exited;
      expect(exit.code).toBe(3);
      expect(exit.stderr.trim().split('\n')).toEqual([expect.stringContaining(`The data file ${file} is locked`)]);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    const dataDir = path.join(root, 'stale');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'local-cloud.lock'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const cloud = start(dataDir);
    expect((await fetch(`${await cloud.url}/api/health`)).status).toBe(200);
  });

  it('exits 3 when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      const exit = await start(path.join(root, 'port'), { PORT: String(port) }).exited;
      expect(exit.code).toBe(3);
      expect(exit.stderr.trim().split('\n')).toEqual([expect.stringContaining(`Port ${port} on 127.0.0.1 is in use`)]);
    } finally {
      blocker.close();
    }
  });

  it('exits 1 and says to build when there are no bundles', async () => {
    const exit = await start(path.join(root, 'nobundles'), { LINLI_FUNCTIONS_DIR: path.join(root, 'empty') }).exited;
    expect(exit.code).toBe(1);
    expect(exit.stderr).toContain('npm run build');
  });
});
