import { createHash } from 'node:crypto';
import { checkImageFile, IMAGE_EXTENSIONS } from '@linli/shared';
import { AppError } from '../../errors';
import { acceptImage } from '../../files/accept-image';
import type { Clock } from '../../ports/clock';
import { type DocumentStore, StoreError } from '../../ports/document-store';
import { type FileStorage, type FileUrl, type StoredFile, urlTtlSeconds } from '../../ports/file-storage';
import type { Ids } from '../../ports/ids';
import { type CloudbaseCredentials, lazyCloudbaseApp } from '../cloudbase-app';
import {
  type CloudbaseStorageApi,
  callStorage,
  isMissingFile,
  storageUnavailable,
  ZDeleteReply,
  ZDownloadReply,
  ZTempUrlReply,
  ZUploadReply,
} from './cloudbase-storage-api';
import { FILES, type FileDoc, fileDocIdOf } from './collections';

/**
 * FileStorage on CloudBase storage (@cloudbase/node-sdk). Residents' photos arrive from the mini-program by
 * `wx.cloud.uploadFile` into `uploads/…`; the function never trusts such a file until `claim` has downloaded it,
 * checked its bytes and size, and recorded who claimed it first (the `files` collection). Files the functions store
 * themselves (`put`) go under `files/…` and are recorded at once. URLs are CloudBase temp URLs.
 */
export interface CloudbaseFileStorageOptions {
  store: DocumentStore;
  clock: Clock;
  ids: Ids;
}

/** Where the mini-program uploads (`wx.cloud.uploadFile({ cloudPath: 'uploads/<random>.jpg' })`). */
export const CLIENT_UPLOAD_DIR = 'uploads/';
const FUNCTION_DIR = 'files/';
const FILE_ID = /^cloud:\/\/[A-Za-z0-9._-]+\/([A-Za-z0-9._/-]{1,512})$/;
/** getTempFileURL takes a bounded batch; a repair has at most 9 photos, a list page a few dozen. */
const URL_BATCH = 50;

function cloudPathOf(fileId: unknown): string | null {
  if (typeof fileId !== 'string') return null;
  const path = FILE_ID.exec(fileId)?.[1];
  return path && !path.split('/').includes('..') ? path : null;
}

function toStored(doc: FileDoc): StoredFile {
  const { fileId, contentType, size, sha256, owner, createdAt } = doc;
  return { fileId, contentType, size, sha256, owner, createdAt };
}

export function createCloudbaseFileStorage(options: CloudbaseFileStorageOptions & CloudbaseCredentials): FileStorage {
  return createCloudbaseFileStorageOn(lazyCloudbaseApp(options), options);
}

export function createCloudbaseFileStorageOn(
  api: () => CloudbaseStorageApi,
  { store, clock, ids }: CloudbaseFileStorageOptions,
): FileStorage {
  const docs = () => store.collection<FileDoc>(FILES);
  const notFound = () => new AppError('FILE.NOT_FOUND');

  async function known(fileId: string): Promise<FileDoc | null> {
    return cloudPathOf(fileId) ? docs().get(fileDocIdOf(fileId)) : null;
  }

  async function download(fileId: string): Promise<Buffer> {
    const reply = await callStorage(
      'downloadFile',
      ZDownloadReply,
      () => api().downloadFile({ fileID: fileId }),
      () => {
        throw notFound();
      },
    );
    return reply.fileContent;
  }

  async function record(doc: FileDoc): Promise<FileDoc> {
    try {
      await docs().insert(doc);
      return doc;
    } catch (error) {
      if (!(error instanceof StoreError && error.kind === 'DUPLICATE')) throw error;
      // Two claims raced: whoever recorded first owns it.
      const first = await docs().get(doc._id);
      if (!first) throw error;
      return first;
    }
  }

  function recordOf(fileId: string, content: Buffer, owner: string, contentType: FileDoc['contentType']): FileDoc {
    return {
      _id: fileDocIdOf(fileId),
      fileId,
      contentType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      owner,
      createdAt: clock.now().toISOString(),
    };
  }

  return {
    kind: 'cloudbase',

    async put(content, owner) {
      const contentType = acceptImage(content);
      const bytes = Buffer.from(content);
      const cloudPath = `${FUNCTION_DIR}${ids.next()}.${IMAGE_EXTENSIONS[contentType]}`;
      const { fileID } = await callStorage(
        'uploadFile',
        ZUploadReply,
        () => api().uploadFile({ cloudPath, fileContent: bytes }),
        () => {
          throw new Error(`[cloudbase files] uploadFile of ${cloudPath} reported a missing file`);
        },
      );
      return toStored(await record(recordOf(fileID, bytes, owner, contentType)));
    },

    async claim(fileId, owner) {
      const path = cloudPathOf(fileId);
      if (!path) throw notFound();
      const existing = await known(fileId);
      if (existing) {
        if (existing.owner !== owner) throw notFound();
        return toStored(existing);
      }
      if (!path.startsWith(CLIENT_UPLOAD_DIR)) throw notFound();
      const content = await download(fileId);
      const verdict = checkImageFile(content);
      if (!verdict.ok) {
        // Refused uploads are of no use to anyone: delete them rather than keep paying to store them.
        await api()
          .deleteFile({ fileList: [fileId] })
          .catch(() => undefined);
        throw new AppError(verdict.code);
      }
      const claimed = await record(recordOf(fileId, content, owner, verdict.contentType));
      if (claimed.owner !== owner) throw notFound();
      return toStored(claimed);
    },

    async stat(fileId) {
      const doc = await known(fileId);
      return doc ? toStored(doc) : null;
    },

    async read(fileId) {
      const doc = await known(fileId);
      if (!doc) throw notFound();
      return { file: toStored(doc), content: await download(fileId) };
    },

    async urls(fileIds, urlOptions) {
      const ttl = urlTtlSeconds(urlOptions);
      const expiresAt = new Date(clock.now().getTime() + ttl * 1000).toISOString();
      const recorded = new Set<string>();
      for (const fileId of new Set(fileIds)) if (await known(fileId)) recorded.add(fileId);
      const urls = new Map<string, string>();
      const asked = [...recorded];
      for (let at = 0; at < asked.length; at += URL_BATCH) {
        const fileList = asked.slice(at, at + URL_BATCH).map((fileID) => ({ fileID, maxAge: ttl }));
        const reply = await callStorage(
          'getTempFileURL',
          ZTempUrlReply,
          () => api().getTempFileURL({ fileList }),
          () => ({ fileList: [] }),
        );
        for (const entry of reply.fileList) {
          if (entry.tempFileURL && !isMissingFile(entry)) urls.set(entry.fileID, entry.tempFileURL);
        }
      }
      return fileIds.map((fileId): FileUrl => ({ fileId, url: urls.get(fileId) ?? null, expiresAt }));
    },

    async remove(fileIds) {
      const recorded: FileDoc[] = [];
      for (const fileId of new Set(fileIds)) {
        const doc = await known(fileId);
        if (doc) recorded.push(doc);
      }
      if (recorded.length === 0) return 0;
      const fileList = recorded.map((doc) => doc.fileId);
      const reply = await callStorage(
        'deleteFile',
        ZDeleteReply,
        () => api().deleteFile({ fileList }),
        () => ({ fileList: [] }),
      );
      // Already gone is as good as deleted; any other per-file failure keeps the record, to try again later.
      const failed = reply.fileList.find((entry) => entry.code && entry.code !== 'SUCCESS' && !isMissingFile(entry));
      if (failed) throw storageUnavailable(`deleteFile of ${failed.fileID}`, failed);
      await docs().remove({ _id: { in: recorded.map((doc) => doc._id) } });
      return recorded.length;
    },
  };
}
