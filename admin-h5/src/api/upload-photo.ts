import { CallError, ERRORS, type ErrorCode, envelopeOf, ZFileId } from '@linli/shared';
import { z } from 'zod';
import { checkPhoto } from '../lib/photo-check';
import { clearSession, readSession, sessionToken } from './session';
import { sendUpload } from './upload-transport';

/** Where the local cloud (and its stand-in for CloudBase storage) takes photos; same origin as `/api/fn`. */
export const UPLOAD_URL = '/api/files';

const ZUploaded = envelopeOf(z.object({ fileId: ZFileId }));

export interface UploadOptions {
  /** 0…1 as the bytes go out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
}

function localError(code: ErrorCode): CallError {
  return new CallError({ code, message: ERRORS[code].message, requestId: 'local' });
}

/** Whether a failure was the staff member removing the photo, which is no error to show. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/**
 * Checks one photo as the server will (size, then the bytes), then sends it to `POST /api/files` with the staff
 * session as a Bearer token, resolving to the file id a repair action takes. Every failure is a CallError with a
 * Chinese message, like a function call's; an expired session is cleared the same way `api/call` clears it.
 */
export async function uploadPhoto(file: Blob, options: UploadOptions = {}): Promise<string> {
  const check = await checkPhoto(file);
  if (!check.ok) throw localError(check.code);
  const token = sessionToken();
  if (!token) throw localError('AUTH.UNAUTHENTICATED');
  let raw: unknown;
  try {
    const response = await sendUpload({
      url: UPLOAD_URL,
      body: file,
      headers: { authorization: `Bearer ${token}`, 'content-type': check.contentType, accept: 'application/json' },
      onProgress: (sent, total) => options.onProgress?.(total > 0 ? sent / total : 0),
      signal: options.signal,
    });
    raw = response.body;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw localError('UNAVAILABLE');
  }
  const envelope = ZUploaded.safeParse(raw);
  if (!envelope.success) throw localError('INTERNAL');
  if (envelope.data.ok) return envelope.data.data.fileId;
  if (envelope.data.error.code === 'AUTH.UNAUTHENTICATED' && readSession() !== null) clearSession('expired');
  throw new CallError(envelope.data.error);
}
