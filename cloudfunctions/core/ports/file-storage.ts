import type { ImageContentType } from '@linli/shared';

/**
 * FileStorage: the photos residents and staff attach (repairs first). Only images are stored, checked by their bytes
 * (`checkImageFile` in shared), never by name or claimed type. Ids are opaque: the local adapter makes its own; in
 * CloudBase they are the `fileID`s that `wx.cloud.uploadFile` returns. Use cases see only this port.
 *
 * Failures a caller can act on are AppErrors: FILE.NOT_IMAGE, FILE.TOO_LARGE, FILE.NOT_FOUND (also for a file that
 * is someone else's, so ids do not leak), UNAVAILABLE when the storage itself cannot serve the call.
 */
export interface StoredFile {
  fileId: string;
  /** From the bytes, not from the uploader. */
  contentType: ImageContentType;
  size: number;
  /** Hex SHA-256 of the content: the ETag, and a way to spot the same photo attached twice. */
  sha256: string;
  /** The caller id (openid, staff id) that uploaded it (local) or first claimed it (CloudBase). */
  owner: string;
  /** ISO 8601, UTC. */
  createdAt: string;
}

export interface FileUrl {
  fileId: string;
  /** Null when there is no such file (deleted, or never uploaded). */
  url: string | null;
  /** ISO 8601, UTC; the URL stops working after it. */
  expiresAt: string;
}

export interface UrlOptions {
  /** How long the URLs should work, 60..MAX_URL_TTL_SECONDS; default DEFAULT_URL_TTL_SECONDS. */
  ttlSeconds?: number;
}

export const DEFAULT_URL_TTL_SECONDS = 3600;
export const MAX_URL_TTL_SECONDS = 24 * 3600;

export interface FileStorage {
  readonly kind: 'local' | 'cloudbase';
  /** Checks the bytes (an accepted image within MAX_IMAGE_BYTES) and stores them under a new id for `owner`. */
  put(content: Uint8Array, owner: string): Promise<StoredFile>;
  /**
   * Takes a file for `owner` to attach to something: it must exist, be an accepted image and be theirs. Local files
   * are theirs when they uploaded them; a CloudBase file the mini-program uploaded is downloaded, checked by its
   * bytes and recorded as theirs on the first claim. Claiming again by the same owner is harmless.
   */
  claim(fileId: string, owner: string): Promise<StoredFile>;
  /** What is stored under `fileId`, or null. */
  stat(fileId: string): Promise<StoredFile | null>;
  /** The content; FILE.NOT_FOUND when there is none. */
  read(fileId: string): Promise<{ file: StoredFile; content: Buffer }>;
  /** Expiring URLs to show the files, in the order asked. */
  urls(fileIds: readonly string[], options?: UrlOptions): Promise<FileUrl[]>;
  /** Deletes the files; returns how many there were. */
  remove(fileIds: readonly string[]): Promise<number>;
}

/** The TTL to use, kept within the port's bounds. */
export function urlTtlSeconds(options: UrlOptions = {}): number {
  const asked = options.ttlSeconds ?? DEFAULT_URL_TTL_SECONDS;
  return Math.min(MAX_URL_TTL_SECONDS, Math.max(60, Math.floor(asked)));
}
