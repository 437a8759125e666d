import { checkImageFile, type ImageContentType, MAX_IMAGES_PER_REQUEST } from '@linli/shared';
import { AppError } from '../errors';

/** The AppError form of shared's `checkImageFile`, for adapters and use cases: the bytes' type, or FILE.* thrown. */
export function acceptImage(bytes: Uint8Array): ImageContentType {
  const verdict = checkImageFile(bytes);
  if (!verdict.ok) throw new AppError(verdict.code);
  return verdict.contentType;
}

/** For use cases taking photos: at most MAX_IMAGES_PER_REQUEST file ids, none twice. */
export function acceptImageIds(fileIds: readonly string[]): string[] {
  const unique = [...new Set(fileIds)];
  if (unique.length > MAX_IMAGES_PER_REQUEST) throw new AppError('FILE.TOO_MANY');
  return unique;
}
