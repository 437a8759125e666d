import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SAMPLE_JPEG, SAMPLE_PNG } from '@linli/shared/testing/sample-images';
import { systemClock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import { randomIds } from '../../ports/ids';
import { createSqliteStore } from '../store/sqlite-store';
import { createCloudbaseFileStorageOn } from './cloudbase-file-storage';
import type { CloudbaseStorageApi } from './cloudbase-storage-api';
import { FILES, FILES_INDEXES, fileDocIdOf } from './collections';
import { describeFileStorage, type FileStorageFixture } from './file-storage.contract';

/**
 * The CloudBase adapter twice: against an in-memory stand-in for the SDK's storage calls (always; it pins the claim
 * flow and how replies and failures are read), and against a real environment when credentials are set. The
 * metadata store is sqlite in both: it is a port of its own, tested by its own contract.
 */
const dirs: string[] = [];
const stores: DocumentStore[] = [];
afterAll(async () => {
  for (const store of stores) await store.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function metadataStore(): Promise<DocumentStore> {
  const dir = mkdtempSync(path.join(tmpdir(), 'linli-cbfiles-'));
  dirs.push(dir);
  const store = await createSqliteStore({ file: path.join(dir, 'linli.sqlite') });
  await store.ensureIndexes(FILES_INDEXES);
  stores.push(store);
  return store;
}

const TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** What the SDK does, as far as the adapter can tell: objects by fileID, per-file codes, throws for a missing one. */
function fakeStorage() {
  const objects = new Map<string, Buffer>();
  const calls: string[] = [];
  const missing = () =>
    Object.assign(new Error('文件不存在'), { code: 'STORAGE_FILE_NONEXIST', message: '文件不存在' });
  const api: CloudbaseStorageApi = {
    async uploadFile({ cloudPath, fileContent }) {
      calls.push(`upload ${cloudPath}`);
      const fileID = `cloud://fake-env.6661-fake-env-1250000000/${cloudPath}`;
      objects.set(fileID, Buffer.from(fileContent));
      return { fileID, requestId: 'r1' };
    },
    async downloadFile({ fileID }) {
      calls.push(`download ${fileID}`);
      const content = objects.get(fileID);
      if (!content) throw missing();
      return { fileContent: content, message: '文件下载完成' };
    },
    async getTempFileURL({ fileList }) {
      calls.push(`urls ${fileList.length}`);
      return {
        fileList: fileList.map(({ fileID, maxAge }) =>
          objects.has(fileID)
            ? {
                fileID,
                code: 'SUCCESS',
                tempFileURL: `https://fake.tcb.qcloud.la/${encodeURIComponent(fileID)}?t=${maxAge}`,
              }
            : { fileID, code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' },
        ),
      };
    },
    async deleteFile({ fileList }) {
      calls.push(`delete ${fileList.length}`);
      return {
        fileList: fileList.map((fileID) => ({
          fileID,
          code: objects.delete(fileID) ? 'SUCCESS' : 'STORAGE_FILE_NONEXIST',
        })),
      };
    },
  };
  async function fetch(url: string) {
    const fileID = decodeURIComponent(new URL(url).pathname.slice(1));
    const body = objects.get(fileID);
    const extension = fileID.split('.').pop() ?? '';
    return body
      ? { status: 200, contentType: TYPES[extension] ?? 'application/octet-stream', body }
      : { status: 404, contentType: null, body: Buffer.alloc(0) };
  }
  return { api, objects, calls, fetch };
}

async function openFake() {
  const fake = fakeStorage();
  const store = await metadataStore();
  const files = createCloudbaseFileStorageOn(() => fake.api, { store, clock: systemClock, ids: randomIds });
  const uploadAsClient = async (content: Buffer) => {
    const reply = await fake.api.uploadFile({
      cloudPath: `uploads/${randomBytes(8).toString('hex')}.jpg`,
      fileContent: content,
    });
    return (reply as { fileID: string }).fileID;
  };
  return { fake, store, files, uploadAsClient };
}

describeFileStorage('cloudbase (SDK stand-in)', async (): Promise<FileStorageFixture> => {
  const { fake, files, uploadAsClient } = await openFake();
  return { files, fetch: fake.fetch, uploadAsClient, cleanup: async () => undefined };
});

describe('cloudbase file storage specifics', () => {
  test('a claim downloads once; after that the record answers, and a refused upload is deleted from storage', async () => {
    const { fake, store, files, uploadAsClient } = await openFake();
    const photo = await uploadAsClient(SAMPLE_PNG);
    await files.claim(photo, 'openid-a');
    await files.claim(photo, 'openid-a');
    expect(fake.calls.filter((call) => call.startsWith('download'))).toHaveLength(1);
    await expect(store.collection(FILES).get(fileDocIdOf(photo))).resolves.toMatchObject({ owner: 'openid-a' });

    const pdf = await uploadAsClient(Buffer.from('%PDF-1.7 not a photo'));
    await expect(files.claim(pdf, 'openid-a')).rejects.toMatchObject({ code: 'FILE.NOT_IMAGE' });
    expect(fake.objects.has(pdf)).toBe(false);
  });

  test('only client uploads can be claimed: a file the functions stored elsewhere is not up for grabs', async () => {
    const { fake, files } = await openFake();
    const elsewhere = (await fake.api.uploadFile({ cloudPath: 'exports/report.jpg', fileContent: SAMPLE_JPEG })) as {
      fileID: string;
    };
    await expect(files.claim(elsewhere.fileID, 'openid-a')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
    await expect(
      files.claim('cloud://fake-env.bucket/uploads/../exports/report.jpg', 'openid-a'),
    ).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
    expect(fake.calls.filter((call) => call.startsWith('download'))).toHaveLength(0);
  });

  test('a storage failure is UNAVAILABLE for the caller, and says which call failed for the log', async () => {
    const { fake, files } = await openFake();
    const stored = await files.put(SAMPLE_JPEG, 'openid-a');
    fake.api.uploadFile = async () => ({ code: 'STORAGE_REQUEST_FAIL', message: '[AccessDenied]: denied' });
    const failure = await files.put(SAMPLE_JPEG, 'openid-a').catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'UNAVAILABLE' });
    expect(String((failure as Error).cause)).toMatch(/\[cloudbase files\] uploadFile failed \(STORAGE_REQUEST_FAIL/);

    fake.api.getTempFileURL = async () => {
      throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
    };
    await expect(files.urls([stored.fileId])).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });
});

const env = process.env.TCB_ENV_ID;
const secretId = process.env.TENCENTCLOUD_SECRETID;
const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
const sessionToken = process.env.TENCENTCLOUD_SESSIONTOKEN;

if (env && secretId && secretKey) {
  jest.setTimeout(180_000);
  describeFileStorage('cloudbase', async (): Promise<FileStorageFixture> => {
    // Loaded here so runs without credentials never load the SDK.
    const { init } = await import('@cloudbase/node-sdk');
    const app = init({ env, secretId, secretKey, ...(sessionToken ? { sessionToken } : {}) });
    const store = await metadataStore();
    const files = createCloudbaseFileStorageOn(() => app, { store, clock: systemClock, ids: randomIds });
    return {
      files,
      async fetch(url) {
        const response = await fetch(url);
        return {
          status: response.status,
          contentType: response.headers.get('content-type'),
          body: Buffer.from(await response.arrayBuffer()),
        };
      },
      async uploadAsClient(content) {
        const cloudPath = `uploads/contract-${randomBytes(8).toString('hex')}.jpg`;
        const { fileID } = await app.uploadFile({ cloudPath, fileContent: content });
        return fileID;
      },
      cleanup: async () => undefined,
    };
  });
} else {
  process.stdout.write(
    'cloudbase file storage contract skipped: TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not all set\n',
  );
  describe.skip('FileStorage contract: cloudbase (needs TCB_ENV_ID and TENCENTCLOUD_SECRETID/SECRETKEY)', () => {
    test('runs the contract suite against a real CloudBase environment', () => {});
  });
}
