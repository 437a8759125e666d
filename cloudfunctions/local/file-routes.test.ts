import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { MAX_IMAGE_BYTES } from '@linli/shared';
import { jpegOfSize, SAMPLE_JPEG, SAMPLE_PDF, SAMPLE_PNG } from '@linli/shared/testing/sample-images';
import { createFileUrlSigner } from '../core/adapters/files/file-url-signer';
import { createLocalFileStorage } from '../core/adapters/files/local-file-storage';
import { AppError } from '../core/errors';
import { systemClock } from '../core/ports/clock';
import { ANONYMOUS, type Caller, type Identity } from '../core/ports/identity';
import { randomIds } from '../core/ports/ids';
import { createJsonLogger } from '../core/ports/logger';
import { registerFileRoutes, UPLOAD_BODY_LIMIT } from './file-routes';
import { createHttpServer } from './http-server';
import { tempDir } from './testing/fixtures';

/** Tokens standing for callers: the route's business is who may upload, not how tokens are checked (identity's). */
const CALLERS: Record<string, Caller> = {
  resident: { kind: 'resident', id: 'demo-owner-zhang', roles: ['resident'], scope: null },
  staff: { kind: 'staff', id: 'staff-1', roles: ['property'], scope: [] },
  visitor: { kind: 'visitor', id: 'pass-1', roles: ['visitor'], scope: null },
};
const identity: Identity = {
  async resolve({ token }) {
    if (token === undefined) return ANONYMOUS;
    const caller = CALLERS[token];
    if (!caller) throw new AppError('AUTH.UNAUTHENTICATED', { message: '登录已失效，请重新登录' });
    return caller;
  },
  isPlatformInvocation: () => false,
};

const root = tempDir('file-routes');
const files = createLocalFileStorage({
  root: path.join(root, 'files'),
  signer: createFileUrlSigner('file-routes-secret-file-routes-secret'),
  clock: systemClock,
  ids: randomIds,
});
const log = createJsonLogger('silent');
const app = createHttpServer(log);
registerFileRoutes(app, { files, identity, clock: systemClock, log });
let base = '';

beforeAll(async () => {
  base = await app.listen({ port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await app.close();
  rmSync(root, { recursive: true, force: true });
});

async function upload(body: RequestInit['body'], headers: Record<string, string>) {
  const response = await fetch(`${base}/api/files`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function storedCount(): number {
  const dir = path.join(root, 'files');
  try {
    return readdirSync(dir, { recursive: true }).filter((name) => String(name).endsWith('.json')).length;
  } catch {
    return 0;
  }
}

function form(...parts: [name: string, bytes: Buffer, type: string][]): FormData {
  const data = new FormData();
  for (const [name, bytes, type] of parts) data.append(name, new Blob([new Uint8Array(bytes)], { type }), 'photo.jpg');
  return data;
}

test('a resident uploads a photo as the raw body and gets its id; the photo is theirs to attach', async () => {
  const reply = await upload(new Uint8Array(SAMPLE_JPEG), {
    authorization: 'Bearer resident',
    'content-type': 'image/jpeg',
  });
  expect(reply).toEqual({
    status: 200,
    body: { ok: true, data: { fileId: expect.any(String), contentType: 'image/jpeg', size: SAMPLE_JPEG.length } },
  });
  const { fileId } = reply.body.data as { fileId: string };
  await expect(files.claim(fileId, 'demo-owner-zhang')).resolves.toMatchObject({ contentType: 'image/jpeg' });
  await expect(files.claim(fileId, 'staff-1')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
});

test('staff upload as a multipart form (what Taro.uploadFile sends); the type comes from the bytes, not the form', async () => {
  const reply = await upload(form(['file', SAMPLE_PNG, 'image/jpeg']), { authorization: 'Bearer staff' });
  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ ok: true, data: { contentType: 'image/png', size: SAMPLE_PNG.length } });
});

test('a PDF sent as image/jpeg is refused with 415 and nothing is stored', async () => {
  const before = storedCount();
  for (const send of [
    () => upload(new Uint8Array(SAMPLE_PDF), { authorization: 'Bearer resident', 'content-type': 'image/jpeg' }),
    () => upload(form(['file', SAMPLE_PDF, 'image/jpeg']), { authorization: 'Bearer resident' }),
    () => upload('<html></html>', { authorization: 'Bearer resident', 'content-type': 'text/html' }),
  ]) {
    const reply = await send();
    expect(reply.status).toBe(415);
    expect(reply.body).toMatchObject({
      ok: false,
      error: { code: 'FILE.NOT_IMAGE', message: expect.stringMatching(/JPG/) },
    });
  }
  expect(storedCount()).toBe(before);
});

test('a photo over 10 MB is refused with 413, whether just over the limit or far past the body limit', async () => {
  const before = storedCount();
  for (const size of [MAX_IMAGE_BYTES + 1, UPLOAD_BODY_LIMIT + 1024 * 1024]) {
    const reply = await upload(new Uint8Array(jpegOfSize(size)), {
      authorization: 'Bearer resident',
      'content-type': 'image/jpeg',
    });
    expect(reply.status).toBe(413);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'FILE.TOO_LARGE' } });
  }
  expect(storedCount()).toBe(before);
});

test('only signed-in residents and staff may upload', async () => {
  const photo = () => new Uint8Array(SAMPLE_JPEG);
  const jpeg = { 'content-type': 'image/jpeg' };
  expect(await upload(photo(), jpeg)).toMatchObject({ status: 401, body: { error: { code: 'AUTH.UNAUTHENTICATED' } } });
  expect(await upload(photo(), { ...jpeg, authorization: 'Bearer forged' })).toMatchObject({
    status: 401,
    body: { error: { code: 'AUTH.UNAUTHENTICATED', message: '登录已失效，请重新登录' } },
  });
  expect(await upload(photo(), { ...jpeg, authorization: 'Bearer visitor' })).toMatchObject({
    status: 403,
    body: { error: { code: 'AUTH.FORBIDDEN' } },
  });
});

test('a form must carry exactly one photo, in the file field', async () => {
  const auth = { authorization: 'Bearer resident' };
  expect(await upload(form(['picture', SAMPLE_JPEG, 'image/jpeg']), auth)).toMatchObject({
    status: 400,
    body: { error: { code: 'REQUEST.MALFORMED' } },
  });
  expect(
    await upload(form(['file', SAMPLE_JPEG, 'image/jpeg'], ['file', SAMPLE_PNG, 'image/png']), auth),
  ).toMatchObject({
    status: 400,
    body: { error: { code: 'FILE.TOO_MANY' } },
  });
});
