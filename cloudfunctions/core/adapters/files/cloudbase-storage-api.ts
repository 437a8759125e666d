import { z } from 'zod';
import { AppError } from '../../errors';

/**
 * The slice of @cloudbase/node-sdk's storage the CloudBase FileStorage uses, and how its replies are read. The SDK
 * reports failures by throwing `{ code, message }` or by resolving with it, depending on the call; per-file
 * failures come as a `code` on each entry of a batch.
 */
export interface CloudbaseStorageApi {
  uploadFile(options: { cloudPath: string; fileContent: Buffer }): Promise<unknown>;
  downloadFile(options: { fileID: string }): Promise<unknown>;
  getTempFileURL(options: { fileList: { fileID: string; maxAge: number }[] }): Promise<unknown>;
  deleteFile(options: { fileList: string[] }): Promise<unknown>;
}

export const ZUploadReply = z.object({ fileID: z.string().min(1) });
export const ZDownloadReply = z.object({ fileContent: z.instanceof(Buffer) });
export const ZTempUrlReply = z.object({
  fileList: z.array(z.object({ fileID: z.string(), tempFileURL: z.string().optional(), code: z.string().optional() })),
});
export const ZDeleteReply = z.object({
  fileList: z.array(z.object({ fileID: z.string(), code: z.string().optional() })),
});

const MISSING = /STORAGE_FILE_NONEXIST|NOT_?EXIST|Status:\s*404/i;

function described(value: unknown): { code: string; message: string } | null {
  if (value === null || typeof value !== 'object') return null;
  const code = Reflect.get(value, 'code');
  if (typeof code !== 'string' && typeof code !== 'number') return null;
  if (code === '' || code === 0 || code === 'SUCCESS') return null;
  return { code: String(code), message: String(Reflect.get(value, 'message') ?? '') };
}

/** Whether a failure (thrown or returned, or a batch entry's code) means the file is not there. */
export function isMissingFile(value: unknown): boolean {
  const failure = described(value);
  return failure !== null && MISSING.test(`${failure.code} ${failure.message}`);
}

/** The storage cannot serve this call now: the caller sees UNAVAILABLE, the log sees which call and why. */
export function storageUnavailable(doing: string, cause: unknown): AppError {
  const failure = described(cause);
  const detail = failure ? `${failure.code}: ${failure.message}` : cause instanceof Error ? cause.message : 'no reply';
  return new AppError('UNAVAILABLE', { cause: new Error(`[cloudbase files] ${doing} failed (${detail})`, { cause }) });
}

/**
 * Runs one SDK call and reads its reply with `schema`; a reply carrying an error code is a failure like a throw.
 * `onMissing` decides what "no such file" becomes for this call.
 */
export async function callStorage<T>(
  doing: string,
  schema: z.ZodType<T>,
  call: () => Promise<unknown>,
  onMissing: () => T,
): Promise<T> {
  let reply: unknown;
  try {
    reply = await call();
  } catch (error) {
    if (isMissingFile(error)) return onMissing();
    throw storageUnavailable(doing, error);
  }
  if (isMissingFile(reply)) return onMissing();
  if (described(reply)) throw storageUnavailable(doing, reply);
  const parsed = schema.safeParse(reply);
  if (!parsed.success) throw storageUnavailable(doing, new Error(`unexpected reply: ${parsed.error.message}`));
  return parsed.data;
}
