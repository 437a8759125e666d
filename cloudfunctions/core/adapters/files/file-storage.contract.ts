import { createHash } from 'node:crypto';
import { MAX_IMAGE_BYTES } from '@linli/shared';
import {
  jpegOfSize,
  SAMPLE_HTML,
  SAMPLE_JPEG,
  SAMPLE_PDF,
  SAMPLE_PNG,
  SAMPLE_WEBP,
} from '@linli/shared/testing/sample-images';
import type { FileStorage } from '../../ports/file-storage';
import { EXPIRY_STEP_SECONDS } from './file-url-signer';

/**
 * The one behaviour every FileStorage adapter must show, run against each of them (local always, CloudBase when
 * credentials are present), so a use case tested locally may trust the same behaviour in production.
 */
export interface FileStorageFixture {
  files: FileStorage;
  /** Fetches a URL from `urls()` as a browser would. */
  fetch(url: string): Promise<{ status: number; contentType: string | null; body: Buffer }>;
  /**
   * Stores bytes the way a client does outside `put`, unchecked (CloudBase: `wx.cloud.uploadFile`), returning the id
   * to claim. Absent where every upload goes through `put` (local: the upload route calls it).
   */
  uploadAsClient?: (content: Buffer) => Promise<string>;
  cleanup(): Promise<void>;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export function describeFileStorage(name: string, open: () => Promise<FileStorageFixture>): void {
  describe(`FileStorage contract: ${name}`, () => {
    let fixture: FileStorageFixture;
    let made: string[] = [];
    const files = () => fixture.files;
    const put = async (content: Buffer, owner = 'owner-a') => {
      const file = await files().put(content, owner);
      made.push(file.fileId);
      return file;
    };

    beforeEach(async () => {
      fixture = await open();
      made = [];
    });
    afterEach(async () => {
      // Whatever a test stored is deleted again, so a shared (cloud) bucket does not fill up.
      await files().remove(made);
      await fixture.cleanup();
    });

    test('put keeps an image, typed by its bytes, with its size, hash, owner and time', async () => {
      for (const [bytes, type] of [
        [SAMPLE_JPEG, 'image/jpeg'],
        [SAMPLE_PNG, 'image/png'],
        [SAMPLE_WEBP, 'image/webp'],
      ] as const) {
        const before = Date.now();
        const file = await put(bytes);
        expect(file).toMatchObject({ contentType: type, size: bytes.length, sha256: sha256(bytes), owner: 'owner-a' });
        expect(Date.parse(file.createdAt)).toBeGreaterThanOrEqual(before - 1000);
        await expect(files().stat(file.fileId)).resolves.toEqual(file);
        const read = await files().read(file.fileId);
        expect(read.file).toEqual(file);
        expect(Buffer.compare(read.content, bytes)).toBe(0);
      }
    });

    test('put refuses what is not an accepted image, and an image over the size limit', async () => {
      for (const impostor of [SAMPLE_PDF, SAMPLE_HTML, Buffer.alloc(0)]) {
        await expect(files().put(impostor, 'owner-a')).rejects.toMatchObject({ code: 'FILE.NOT_IMAGE' });
      }
      await expect(files().put(jpegOfSize(MAX_IMAGE_BYTES + 1), 'owner-a')).rejects.toMatchObject({
        code: 'FILE.TOO_LARGE',
      });
    });

    test('every upload gets a new id, even of the same bytes', async () => {
      const first = await put(SAMPLE_PNG);
      const second = await put(SAMPLE_PNG);
      expect(first.fileId).not.toBe(second.fileId);
      expect(first.sha256).toBe(second.sha256);
    });

    test('claim gives owners their own files; to anyone else, and for made-up ids, a file is simply not there', async () => {
      const file = await put(SAMPLE_JPEG, 'owner-a');
      await expect(files().claim(file.fileId, 'owner-a')).resolves.toEqual(file);
      await expect(files().claim(file.fileId, 'owner-a')).resolves.toEqual(file);
      await expect(files().claim(file.fileId, 'owner-b')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
      for (const madeUp of ['', 'nope', '../../linli.sqlite', `${file.fileId}/..`, 'x'.repeat(500)]) {
        await expect(files().claim(madeUp, 'owner-a')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
        await expect(files().stat(madeUp)).resolves.toBeNull();
      }
    });

    test('urls serve the bytes with the type they were sniffed as, and say until when', async () => {
      const jpeg = await put(SAMPLE_JPEG);
      const webp = await put(SAMPLE_WEBP);
      const now = Date.now();
      const urls = await files().urls([webp.fileId, 'missing-file-id', jpeg.fileId], { ttlSeconds: 600 });
      expect(urls.map((u) => u.fileId)).toEqual([webp.fileId, 'missing-file-id', jpeg.fileId]);
      expect(urls[1]?.url).toBeNull();
      for (const [entry, file, bytes] of [
        [urls[0], webp, SAMPLE_WEBP],
        [urls[2], jpeg, SAMPLE_JPEG],
      ] as const) {
        expect(entry?.url).toEqual(expect.any(String));
        const expiresAt = Date.parse(entry?.expiresAt ?? '');
        expect(expiresAt).toBeGreaterThanOrEqual(now + 600_000 - 5_000);
        expect(expiresAt).toBeLessThanOrEqual(now + (600 + EXPIRY_STEP_SECONDS) * 1000 + 5_000);
        const served = await fixture.fetch(entry?.url ?? '');
        expect(served.status).toBe(200);
        expect(served.contentType).toBe(file.contentType);
        expect(Buffer.compare(served.body, bytes)).toBe(0);
      }
    });

    test('remove deletes, and counts only files that were there', async () => {
      const file = await put(SAMPLE_PNG);
      await expect(files().remove([file.fileId, file.fileId, 'missing-file-id'])).resolves.toBe(1);
      await expect(files().stat(file.fileId)).resolves.toBeNull();
      await expect(files().read(file.fileId)).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
      await expect(files().claim(file.fileId, 'owner-a')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
      await expect(files().urls([file.fileId])).resolves.toEqual([expect.objectContaining({ url: null })]);
      await expect(files().remove([file.fileId])).resolves.toBe(0);
    });

    test('a file a client uploaded is checked by its bytes when claimed, and belongs to its first claimant', async () => {
      const { uploadAsClient } = fixture;
      if (!uploadAsClient) return; // Every upload of this adapter goes through put, which the tests above cover.
      const photo = await uploadAsClient(SAMPLE_PNG);
      made.push(photo);
      await expect(files().claim(photo, 'owner-a')).resolves.toMatchObject({
        contentType: 'image/png',
        owner: 'owner-a',
      });
      await expect(files().claim(photo, 'owner-b')).rejects.toMatchObject({ code: 'FILE.NOT_FOUND' });
      const disguised = await uploadAsClient(SAMPLE_HTML);
      made.push(disguised);
      await expect(files().claim(disguised, 'owner-a')).rejects.toMatchObject({ code: 'FILE.NOT_IMAGE' });
      await expect(files().stat(disguised)).resolves.toBeNull();
    });
  });
}
