import { type ImageContentType, MAX_IMAGE_BYTES, sniffImageType } from '@linli/shared';
import { readBytes } from './read-bytes';

export type PhotoCheck =
  | { ok: true; contentType: ImageContentType }
  | { ok: false; code: 'FILE.NOT_IMAGE' | 'FILE.TOO_LARGE' };

/** Enough of the head for every format's magic number and first structure (PNG's IHDR, WebP's VP8 chunk). */
const HEAD_BYTES = 32;

/**
 * The checks the server makes, made before a byte is sent: a 12 MB photo or a PDF renamed `.jpg` is refused on the
 * phone at once instead of after a slow upload. By size and by the bytes themselves, as the server decides; the
 * type the browser claims from the file name is not trusted.
 */
export async function checkPhoto(file: Blob): Promise<PhotoCheck> {
  if (file.size > MAX_IMAGE_BYTES) return { ok: false, code: 'FILE.TOO_LARGE' };
  const contentType = sniffImageType(new Uint8Array(await readBytes(file, HEAD_BYTES)));
  return contentType ? { ok: true, contentType } : { ok: false, code: 'FILE.NOT_IMAGE' };
}
