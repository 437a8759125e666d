import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { SAMPLE_JPEG } from '@linli/shared/testing/sample-images';
import { localFileStorageFor } from '../core/adapters/files/local-file-storage';
import { createOutboxNotifier } from '../core/adapters/notify/outbox-notifier';
import { createSqliteStore } from '../core/adapters/store/sqlite-store';
import { fixedClock, systemClock } from '../core/ports/clock';
import { randomIds } from '../core/ports/ids';
import { type LocalCloud, startLocalCloud } from './local-cloud';
import { tempDir, writeFunctionsDir, writeStaticRoots } from './testing/fixtures';

/**
 * The local cloud as registered by `npm start`: photos uploaded with a real dev session and served by the URLs a
 * bundle signs (bundles and the route share one data folder and key), and the outbox page of dev mode.
 */
async function start(mode: 'dev' | 'production', root = tempDir('files-outbox')) {
  const cloud = await startLocalCloud({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir: path.join(root, 'data'),
      mode,
      logLevel: 'silent',
      timers: false,
      functionsDir: writeFunctionsDir(path.join(root, 'functions')),
    },
    staticRoots: writeStaticRoots(path.join(root, 'www')),
  });
  return { cloud, root };
}

const secretOf = (cloud: LocalCloud) => readFileSync(path.join(cloud.dataDir, 'session-secret'), 'utf8').trim();

async function devToken(cloud: LocalCloud, openid: string): Promise<string> {
  const response = await fetch(`${cloud.url}/api/dev/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ openid }),
  });
  return ((await response.json()) as { token: string }).token;
}

function upload(cloud: LocalCloud, token: string) {
  return fetch(`${cloud.url}/api/files`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg' },
    body: new Uint8Array(SAMPLE_JPEG),
  });
}

describe('in dev mode', () => {
  let cloud: LocalCloud;
  let root: string;
  beforeAll(async () => ({ cloud, root } = await start('dev')));
  afterAll(async () => {
    await cloud?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('a resident uploads a photo; the URL a bundle signs for it opens it through the local cloud', async () => {
    const response = await upload(cloud, await devToken(cloud, 'demo-owner-zhang'));
    expect(response.status).toBe(200);
    const { data } = (await response.json()) as { data: { fileId: string } };

    // What a bundle's deps.files is in the local cloud: the same folder, the same derived key.
    const files = localFileStorageFor(cloud.dataDir, secretOf(cloud), systemClock);
    await expect(files.claim(data.fileId, 'demo-owner-zhang')).resolves.toMatchObject({ contentType: 'image/jpeg' });
    const [entry] = await files.urls([data.fileId]);
    const served = await fetch(`${cloud.url}${entry?.url}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.compare(Buffer.from(await served.arrayBuffer()), SAMPLE_JPEG)).toBe(0);
  });

  test('function calls still take JSON only: the upload route’s body parsers stay on the upload route', async () => {
    const ping = await fetch(`${cloud.url}/api/fn/system`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'ping' }),
    });
    expect(ping.status).toBe(200);
    const photoAsEvent = await fetch(`${cloud.url}/api/fn/system`, {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg' },
      body: new Uint8Array(SAMPLE_JPEG),
    });
    expect(photoAsEvent.status).toBe(400);
  });

  test('the outbox page lists what the local notifier sent, newest first, per resident if asked', async () => {
    // A second connection to the same database, as a bundle's deps have.
    const store = await createSqliteStore({ file: path.join(cloud.dataDir, 'linli.sqlite') });
    try {
      const clock = fixedClock(new Date('2026-11-22T06:00:00Z'));
      const notifier = createOutboxNotifier({ store, clock, ids: randomIds });
      await notifier.recordAnswers('demo-owner-zhang', { 'repair.assigned': 'accept' });
      const base = { topic: 'repair.assigned', fields: { item: '水管漏水' } };
      await notifier.send({ ...base, openid: 'demo-owner-zhang', title: '第一条' });
      clock.set(new Date('2026-11-22T06:01:00Z'));
      await notifier.send({ ...base, openid: 'demo-family-li', title: '第二条' });
      clock.set(new Date('2026-11-22T06:02:00Z'));
      await notifier.send({ ...base, openid: 'demo-owner-zhang', title: '第三条' });
    } finally {
      await store.close();
    }

    const latest = (await (await fetch(`${cloud.url}/api/dev/outbox?limit=2`)).json()) as { items: object[] };
    expect(latest.items).toEqual([
      expect.objectContaining({ title: '第三条', status: 'no-subscription' }),
      expect.objectContaining({ title: '第二条', status: 'no-subscription' }),
    ]);
    const mine = (await (await fetch(`${cloud.url}/api/dev/outbox?openid=demo-owner-zhang`)).json()) as {
      items: object[];
    };
    expect(mine.items).toEqual([
      expect.objectContaining({ title: '第三条' }),
      expect.objectContaining({ title: '第一条', status: 'delivered' }),
    ]);
    const bad = await fetch(`${cloud.url}/api/dev/outbox?limit=0`);
    expect(bad.status).toBe(400);
  });
});

describe('in production mode', () => {
  test('there is no outbox page, and a dev session cannot upload', async () => {
    const dev = await start('dev');
    const token = await devToken(dev.cloud, 'demo-owner-zhang');
    await dev.cloud.close();

    // Same data folder, so the same session secret: only the mode differs.
    const { cloud, root } = await start('production', dev.root);
    try {
      expect((await fetch(`${cloud.url}/api/dev/outbox`)).status).toBe(404);
      const refused = await upload(cloud, token);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
    } finally {
      await cloud.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
