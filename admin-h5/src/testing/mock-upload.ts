import type { UploadRequest, UploadResponse } from '../api/upload-transport';

/**
 * Stands in for `api/upload-transport` in component tests, so the real `uploadPhoto` (its checks, the token, the
 * envelope) still runs over a scripted server. Wired like the call transport:
 * `jest.mock('<path>/api/upload-transport', () => jest.requireActual('<path>/testing/mock-upload'));`
 */
export const mockUpload = jest.fn<Promise<UploadResponse>, [UploadRequest]>();

export function sendUpload(request: UploadRequest): Promise<UploadResponse> {
  return mockUpload(request);
}

/** The smallest bytes each checker takes for a photo: a JPEG's SOI and first marker. */
export const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00];

/** A phone photo as a file input gives it. */
export function photoFile(name = 'leak.jpg', bytes: readonly number[] = JPEG_HEAD, type = 'image/jpeg'): File {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** An upload answered `{ok:true,data:{fileId}}` after reporting half, then all of the bytes. */
export function uploaded(fileId: string) {
  return async (request: UploadRequest): Promise<UploadResponse> => {
    request.onProgress?.(request.body.size / 2, request.body.size);
    request.onProgress?.(request.body.size, request.body.size);
    return { status: 200, body: { ok: true, data: { fileId, contentType: 'image/jpeg', size: request.body.size } } };
  };
}
