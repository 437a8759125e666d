import { ERRORS, IMAGE_EXTENSIONS, type ImageContentType, MAX_IMAGE_BYTES, sniffImageType } from '@linli/shared';

/** How many leading bytes the sniffer needs to tell JPEG, PNG and WebP apart (WebP's chunk tag ends at 16). */
export const HEAD_BYTES = 16;

/** A photo the device refuses before uploading, with the message the server would give for it. */
export class PhotoRefusedError extends Error {
  constructor(readonly code: 'FILE.NOT_IMAGE' | 'FILE.TOO_LARGE') {
    super(ERRORS[code].message);
    this.name = 'PhotoRefusedError';
  }
}

/**
 * The type a photo is by its first bytes, as the server will judge it; a file renamed `.jpg` is refused here
 * instead of after a slow upload on a weak signal.
 */
export function imageTypeOf(head: Uint8Array): ImageContentType {
  const type = sniffImageType(head);
  if (!type) throw new PhotoRefusedError('FILE.NOT_IMAGE');
  return type;
}

export function checkPhotoSize(bytes: number): void {
  if (bytes > MAX_IMAGE_BYTES) throw new PhotoRefusedError('FILE.TOO_LARGE');
}

/** `uploads/<random>.<ext>`: CloudBase storage's folder for the mini-program's own uploads (see the file adapter). */
export function uploadPathFor(type: ImageContentType, random: () => number = Math.random): string {
  const part = () =>
    Math.floor(random() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return `uploads/${Date.now().toString(36)}-${part()}${part()}.${IMAGE_EXTENSIONS[type]}`;
}
