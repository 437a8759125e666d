import { CallError, ERRORS, type ErrorCode, envelopeOf, ZFileId } from '@linli/shared';
import { z } from 'zod';
import { readSessionToken } from '../../services/session';
import { checkPhotoSize, HEAD_BYTES, imageTypeOf, PhotoRefusedError } from './photo-check';
import type { OnProgress, PhotoSource, PickedPhoto } from './photo-source';

/** Longest side sent: enough to see a crack or a meter reading, a fraction of a phone photo's bytes. */
const MAX_SIDE_PX = 1600;
const JPEG_QUALITY = 0.82;
/** The local cloud's upload route (cloudfunctions/local/file-routes.ts): one photo as the raw body. */
export const UPLOAD_URL = '/api/files';

const ZUploaded = envelopeOf(z.object({ fileId: ZFileId }));

/** Opens the browser's file picker (camera or album on a phone); resolves with nothing when it is closed. */
function chooseFiles(count: number): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*';
    input.multiple = count > 1;
    // Off screen rather than display:none, which some mobile browsers will not open from a script.
    input.setAttribute('style', 'position:fixed;left:-9999px;top:0;opacity:0');
    input.setAttribute('data-testid', 'repair-photo-input');
    const done = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => done(Array.from(input.files ?? [])));
    input.addEventListener('cancel', () => done([]));
    document.body.append(input);
    input.click();
  });
}

function loadImage(file: Blob): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('image did not decode'));
    };
    image.src = url;
  });
}

/**
 * A JPEG of at most MAX_SIDE_PX on its longest side, or null when this browser cannot draw the photo (the
 * original is then sent as it is; the server checks it either way).
 */
async function compressToJpeg(file: Blob): Promise<Blob | null> {
  try {
    const image = await loadImage(file);
    const scale = Math.min(1, MAX_SIDE_PX / Math.max(image.naturalWidth, image.naturalHeight, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
    const context = canvas.getContext('2d');
    if (!context) return null;
    // JPEG has no transparency: a PNG's clear pixels would turn black without a white ground.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY));
  } catch {
    return null;
  }
}

/** The first bytes, through FileReader: `Blob.arrayBuffer` is missing from the older phone browsers we serve. */
function headOf(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () =>
      resolve(reader.result instanceof ArrayBuffer ? new Uint8Array(reader.result) : new Uint8Array());
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(file.slice(0, HEAD_BYTES));
  });
}

function failure(code: ErrorCode): CallError {
  return new CallError({ code, message: ERRORS[code].message, requestId: 'local' });
}

/**
 * `POST /api/files` with the session token as a Bearer header and the photo as the raw body, reporting upload
 * progress (fetch cannot). Resolves with the stored file's id; refusals carry the server's Chinese message.
 */
export function postPhoto(
  photo: Blob,
  onProgress: OnProgress,
  createRequest: () => XMLHttpRequest = () => new XMLHttpRequest(),
): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = createRequest();
    request.open('POST', UPLOAD_URL);
    const token = readSessionToken();
    if (token) request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Content-Type', photo.type || 'application/octet-stream');
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      let body: unknown;
      try {
        body = JSON.parse(request.responseText);
      } catch {
        reject(failure(request.status === 413 ? 'FILE.TOO_LARGE' : 'INTERNAL'));
        return;
      }
      const envelope = ZUploaded.safeParse(body);
      if (!envelope.success) reject(failure('INTERNAL'));
      else if (envelope.data.ok) resolve(envelope.data.data.fileId);
      else reject(new CallError(envelope.data.error));
    };
    request.onerror = () => reject(failure('UNAVAILABLE'));
    request.send(photo);
  });
}

interface H5Parts {
  /** Shrinks a photo (null when the browser cannot draw it); replaceable where there is no canvas (tests). */
  compress: (file: Blob) => Promise<Blob | null>;
  post: (photo: Blob, onProgress: OnProgress) => Promise<string>;
}

/** The browser: a file input, a canvas to shrink the photo, then the local cloud's upload route. */
export function createH5PhotoSource({ compress, post }: H5Parts = { compress: compressToJpeg, post: postPhoto }) {
  const source: PhotoSource = {
    async pick(count) {
      const files = await chooseFiles(count);
      return files.map((file): PickedPhoto => ({ previewSrc: URL.createObjectURL(file), file }));
    },
    async upload(photo, onProgress) {
      if (typeof photo.file === 'string') throw new PhotoRefusedError('FILE.NOT_IMAGE');
      const original = photo.file;
      // By its bytes first: a document renamed .jpg is refused before the browser is asked to draw it.
      imageTypeOf(await headOf(original));
      const compressed = await compress(original);
      const chosen = compressed && compressed.size < original.size ? compressed : original;
      checkPhotoSize(chosen.size);
      return post(chosen, onProgress);
    },
  };
  return source;
}

export const h5PhotoSource = createH5PhotoSource();
