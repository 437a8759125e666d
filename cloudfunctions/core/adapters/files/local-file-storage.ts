import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_CONTENT_TYPES } from '@linli/shared';
import { z } from 'zod';
import { AppError } from '../../errors';
import { acceptImage } from '../../files/accept-image';
import type { Clock } from '../../ports/clock';
import { type FileStorage, type FileUrl, type StoredFile, urlTtlSeconds } from '../../ports/file-storage';
import { type Ids, randomIds } from '../../ports/ids';
import { createFileUrlSigner, type FileUrlSigner, roundedExpiry, type UrlCheck } from './file-url-signer';

/**
 * FileStorage on the local disk, for the local cloud: `<LINLI_DATA_DIR>/files/<xx>/<key>` with its metadata beside
 * it in `<key>.json`. Keys are ids this adapter makes ([0-9a-z], never a name from a user), so a request can never
 * reach outside the folder. A file exists once its metadata does: content is written first, each by write-then-
 * rename, so a crash leaves at worst an orphan, never metadata pointing at half a file.
 */
export interface LocalFileStorageOptions {
  /** `<LINLI_DATA_DIR>/files`. */
  root: string;
  /** Null when no session secret is configured: storing still works, URLs do not. */
  signer: FileUrlSigner | null;
  clock: Clock;
  ids: Ids;
}

export interface LocalFileStorage extends FileStorage {
  readonly kind: 'local';
  /** For the local cloud's route: the file's metadata and where its content is, or null. */
  locate(fileId: string): Promise<{ file: StoredFile; path: string } | null>;
  /** For the local cloud's route: whether a request's `exp` and `sig` open `fileId` now. */
  checkUrl(fileId: string, exp: unknown, sig: unknown): UrlCheck;
}

const KEY = /^[0-9a-z]{16,64}$/;
const MAX_OWNER_LENGTH = 128;

const ZFileMeta = z.object({
  fileId: z.string().regex(KEY),
  contentType: z.enum(IMAGE_CONTENT_TYPES),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  owner: z.string().min(1).max(MAX_OWNER_LENGTH),
  createdAt: z.string(),
});

/**
 * The one local FileStorage both sides use: the bundles (through compose) store and sign, the local cloud's route
 * verifies and serves. Same folder, same key (derived from the session secret).
 */
export function localFileStorageFor(
  dataDir: string,
  sessionSecret: string | undefined,
  clock: Clock,
): LocalFileStorage {
  return createLocalFileStorage({
    root: path.join(dataDir, 'files'),
    signer: sessionSecret ? createFileUrlSigner(sessionSecret) : null,
    clock,
    ids: randomIds,
  });
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

export function createLocalFileStorage(options: LocalFileStorageOptions): LocalFileStorage {
  const { root, clock, ids } = options;
  const contentPath = (key: string) => path.join(root, key.slice(-2), key);
  const metaPath = (key: string) => `${contentPath(key)}.json`;

  async function writeAtomically(target: string, data: Uint8Array | string): Promise<void> {
    const temporary = `${target}.tmp-${randomBytes(6).toString('hex')}`;
    await writeFile(temporary, data, { flag: 'wx', mode: 0o600 });
    await rename(temporary, target);
  }

  async function readMeta(fileId: string): Promise<StoredFile | null> {
    if (typeof fileId !== 'string' || !KEY.test(fileId)) return null;
    let text: string;
    try {
      text = await readFile(metaPath(fileId), 'utf8');
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    let json: unknown = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Reported just below, with the file's name.
    }
    const parsed = ZFileMeta.safeParse(json);
    if (!parsed.success || parsed.data.fileId !== fileId) {
      throw new Error(`[local files] the metadata of ${fileId} (${metaPath(fileId)}) is not readable`);
    }
    return parsed.data;
  }

  async function existing(fileId: string): Promise<StoredFile> {
    const file = await readMeta(fileId);
    if (!file) throw new AppError('FILE.NOT_FOUND');
    return file;
  }

  return {
    kind: 'local',

    async put(content, owner) {
      if (typeof owner !== 'string' || owner.length === 0 || owner.length > MAX_OWNER_LENGTH) {
        throw new Error('[local files] a file needs an owner (the uploading caller id)');
      }
      const contentType = acceptImage(content);
      const fileId = ids.next();
      if (!KEY.test(fileId)) throw new Error(`[local files] the id generator made an unusable key ${fileId}`);
      const file: StoredFile = {
        fileId,
        contentType,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        owner,
        createdAt: clock.now().toISOString(),
      };
      await mkdir(path.dirname(contentPath(fileId)), { recursive: true, mode: 0o700 });
      await writeAtomically(contentPath(fileId), content);
      await writeAtomically(metaPath(fileId), JSON.stringify(file));
      return file;
    },

    async claim(fileId, owner) {
      const file = await existing(fileId);
      // Someone else's file reads as missing: whether an id exists is nobody else's business.
      if (file.owner !== owner) throw new AppError('FILE.NOT_FOUND');
      return file;
    },

    stat: readMeta,

    async read(fileId) {
      const file = await existing(fileId);
      try {
        return { file, content: await readFile(contentPath(fileId)) };
      } catch (error) {
        if (isMissing(error)) throw new AppError('FILE.NOT_FOUND');
        throw error;
      }
    },

    async urls(fileIds, urlOptions) {
      const now = clock.now();
      const exp = roundedExpiry(now, urlTtlSeconds(urlOptions));
      const expiresAt = new Date(exp * 1000).toISOString();
      const { signer } = options;
      return Promise.all(
        fileIds.map(async (fileId): Promise<FileUrl> => {
          const file = await readMeta(fileId);
          if (file && !signer) throw new AppError('UNAVAILABLE', { cause: new Error('[local files] no signing key') });
          return { fileId, url: file && signer ? signer.path(fileId, exp) : null, expiresAt };
        }),
      );
    },

    async remove(fileIds) {
      let removed = 0;
      for (const fileId of new Set(fileIds)) {
        if (!(await readMeta(fileId))) continue;
        await rm(metaPath(fileId), { force: true });
        await rm(contentPath(fileId), { force: true });
        removed += 1;
      }
      return removed;
    },

    async locate(fileId) {
      const file = await readMeta(fileId);
      if (!file) return null;
      const where = contentPath(fileId);
      const present = await stat(where).catch((error: unknown) => (isMissing(error) ? null : Promise.reject(error)));
      return present ? { file, path: where } : null;
    },

    checkUrl(fileId, exp, sig) {
      if (!options.signer || typeof fileId !== 'string' || !KEY.test(fileId)) return 'invalid';
      return options.signer.check(fileId, exp, sig, clock.now());
    },
  };
}
