import { createHash } from 'node:crypto';
import type { ImageContentType } from '@linli/shared';
import type { Doc, IndexSpec } from '../../ports/document-store';

/**
 * What the CloudBase FileStorage knows about each file it stored or a caller claimed: CloudBase storage keeps no
 * owner or checked type of its own that a function can trust, so they are recorded here. (The local adapter keeps
 * the same record in a file beside the photo.)
 */
export const FILES = 'files';

export interface FileDoc extends Doc {
  fileId: string;
  contentType: ImageContentType;
  size: number;
  sha256: string;
  owner: string;
  createdAt: string;
}

/** CloudBase fileIDs run long (`cloud://env.bucket/path…`); the document id is a fixed-length digest of one. */
export function fileDocIdOf(fileId: string): string {
  return `f_${createHash('sha256').update(fileId).digest('hex').slice(0, 40)}`;
}

export const FILES_INDEXES: readonly IndexSpec[] = [{ collection: FILES, fields: ['owner', 'createdAt'] }];
