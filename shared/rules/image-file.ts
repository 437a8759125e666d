/**
 * What Linli accepts as a photo (repairs first, later features too), decided by the bytes alone: a file's name and
 * the type its uploader claims are never trusted, so a PDF or an HTML page renamed `.jpg` is refused. Pure, so the
 * mini-program can check before uploading and the cloud functions check again after.
 */

export const IMAGE_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];

/** 10 MB per photo: a phone photo after the mini-program's compression is well under 1 MB. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** Photos one request may attach (WeChat's chooseMedia picks at most 9 as well). */
export const MAX_IMAGES_PER_REQUEST = 9;

export const IMAGE_EXTENSIONS: Readonly<Record<ImageContentType, string>> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

export type ImageVerdict =
  | { ok: true; contentType: ImageContentType }
  | { ok: false; code: 'FILE.NOT_IMAGE' | 'FILE.TOO_LARGE' };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, expected: readonly number[], at = 0): boolean {
  if (bytes.length < at + expected.length) return false;
  return expected.every((byte, i) => bytes[at + i] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/**
 * The image type the bytes are, or null. Beyond the magic number each format's first structure is checked too (a
 * JPEG marker, PNG's IHDR chunk, a WebP VP8 chunk), so four lucky bytes in front of something else do not pass.
 */
export function sniffImageType(bytes: Uint8Array): ImageContentType | null {
  // SOI, then the first marker segment (APPn, DQT, SOF, COM…): 0xFF followed by a marker code of 0xC0 or above.
  if (startsWith(bytes, [0xff, 0xd8, 0xff]) && (bytes[3] ?? 0) >= 0xc0 && bytes.length >= 4) return 'image/jpeg';
  if (startsWith(bytes, PNG_SIGNATURE) && startsWith(bytes, ascii('IHDR'), 12)) return 'image/png';
  const isWebp =
    startsWith(bytes, ascii('RIFF')) &&
    startsWith(bytes, ascii('WEBP'), 8) &&
    (startsWith(bytes, ascii('VP8 '), 12) ||
      startsWith(bytes, ascii('VP8L'), 12) ||
      startsWith(bytes, ascii('VP8X'), 12));
  return isWebp ? 'image/webp' : null;
}

/** Size first (cheap, and the message a resident can act on), then the bytes. */
export function checkImageFile(bytes: Uint8Array): ImageVerdict {
  if (bytes.length > MAX_IMAGE_BYTES) return { ok: false, code: 'FILE.TOO_LARGE' };
  const contentType = sniffImageType(bytes);
  return contentType ? { ok: true, contentType } : { ok: false, code: 'FILE.NOT_IMAGE' };
}
