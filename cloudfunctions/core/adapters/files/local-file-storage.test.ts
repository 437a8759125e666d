import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SAMPLE_JPEG, SAMPLE_PNG } from '@linli/shared/testing/sample-images';
import { registerFileRoutes } from '../../../local/file-routes';
import { createHttpServer } from '../../../local/http-server';
import { type Clock, fixedClock, systemClock } from '../../ports/clock';
import { ANONYMOUS } from '../../ports/identity';
import { randomIds } from '../../ports/ids';
import { createJsonLogger } from '../../ports/logger';
import { describeFileStorage } from './file-storage.contract';
import { createFileUrlSigner } from './file-url-signer';
import { createLocalFileStorage } from './local-file-storage';

const SECRET = 'local-files-secret-local-files-secret-0123';
const dirs: string[] = [];
const apps: { close(): Promise<unknown> }[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The adapter with the local cloud's real route in front of it, on a free port. */
function openLocal(clock: Clock = systemClock, secret: string | null = SECRET) {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-files-'));
  dirs.push(dir);
  const root = path.join(dir, 'files');
  const signer = secret ? createFileUrlSigner(secret) : null;
  const files = createLocalFileStorage({ root, signer, clock, ids: randomIds });
  const log = createJsonLogger('silent');
  const app = createHttpServer(log);
  apps.push(app);
  registerFileRoutes(app, {
    files,
    identity: { resolve: async () => ANONYMOUS, isPlatformInvocation: () => false },
    clock,
    log,
  });
  const listening = app.listen({ port: 0, host: '127.0.0.1' });
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const response = await fetch(`${await listening}${url}`, { headers });
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    };
  };
  return { root, files, app, get };
}

describeFileStorage('local', async () => {
  const { files, get } = openLocal();
  return {
    files,
    async fetch(url) {
      const response = await get(url);
      return { status: response.status, contentType: String(response.headers['content-type']), body: response.body };
    },
    cleanup: async () => undefined,
  };
});

describe('local file storage specifics', () => {
  test('each file lives under the data folder, named by its id, with its metadata beside it', async () => {
    const { root, files } = openLocal();
    const file = await files.put(SAMPLE_PNG, 'demo-owner-zhang');
    const where = path.join(root, file.fileId.slice(-2), file.fileId);
    expect(Buffer.compare(readFileSync(where), SAMPLE_PNG)).toBe(0);
    expect(JSON.parse(readFileSync(`${where}.json`, 'utf8'))).toEqual(file);
    expect(file.fileId).toMatch(/^[0-9a-z]{16,64}$/);
  });

  test('a URL opens its file until it expires, then answers 403; nothing else about it can be changed', async () => {
    const clock = fixedClock(new Date('2026-11-22T04:00:00Z'));
    const { files, get } = openLocal(clock);
    const file = await files.put(SAMPLE_JPEG, 'demo-owner-zhang');
    const other = await files.put(SAMPLE_PNG, 'demo-owner-zhang');
    const [entry] = await files.urls([file.fileId], { ttlSeconds: 600 });
    const url = entry?.url ?? '';
    expect(url).toMatch(new RegExp(`^/files/${file.fileId}\\?exp=\\d+&sig=[A-Za-z0-9_-]{43}$`));

    const fresh = await get(url);
    expect(fresh.status).toBe(200);
    expect(fresh.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'x-content-type-options': 'nosniff',
      'cache-control': expect.stringMatching(/^private, max-age=(6\d\d|[7-8]\d\d), immutable$/),
      etag: `"${file.sha256}"`,
    });
    expect((await get(url, { 'if-none-match': `"${file.sha256}"` })).status).toBe(304);

    const { searchParams } = new URL(url, 'http://local');
    const exp = Number(searchParams.get('exp'));
    const sig = searchParams.get('sig') ?? '';
    const tampered = [
      `/files/${other.fileId}?exp=${exp}&sig=${sig}`,
      `/files/${file.fileId}?exp=${exp + 3600}&sig=${sig}`,
      `/files/${file.fileId}?exp=${exp}&sig=${sig.slice(0, -2)}AA`,
      `/files/${file.fileId}?exp=${exp}`,
      `/files/${file.fileId}`,
    ];
    for (const forged of tampered) {
      const response = await get(forged);
      expect(response.status).toBe(403);
      expect(JSON.parse(response.body.toString())).toMatchObject({ ok: false, error: { code: 'FILE.LINK_INVALID' } });
    }

    clock.set(new Date(exp * 1000 - 1));
    expect((await get(url)).status).toBe(200);
    clock.set(new Date(exp * 1000));
    const expired = await get(url);
    expect(expired.status).toBe(403);
    expect(JSON.parse(expired.body.toString())).toMatchObject({
      error: { code: 'FILE.LINK_INVALID', message: expect.stringContaining('过期') },
    });
  });

  test('a genuine URL for a file deleted since answers 404', async () => {
    const { files, get } = openLocal();
    const file = await files.put(SAMPLE_PNG, 'demo-owner-zhang');
    const [entry] = await files.urls([file.fileId]);
    await files.remove([file.fileId]);
    expect((await get(entry?.url ?? '')).status).toBe(404);
  });

  test('without a session secret photos are still stored, but no URL is made for them', async () => {
    const { files } = openLocal(systemClock, null);
    const file = await files.put(SAMPLE_PNG, 'demo-owner-zhang');
    await expect(files.urls([file.fileId])).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(files.urls(['missing-file-id'])).resolves.toEqual([expect.objectContaining({ url: null })]);
  });

  test('metadata that cannot be read is reported, not taken for a missing file', async () => {
    const { root, files } = openLocal();
    const file = await files.put(SAMPLE_PNG, 'demo-owner-zhang');
    writeFileSync(path.join(root, file.fileId.slice(-2), `${file.fileId}.json`), '{"fileId":');
    await expect(files.stat(file.fileId)).rejects.toThrow(/metadata of .* is not readable/);
  });
});
