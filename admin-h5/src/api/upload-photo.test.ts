import { CallError, MAX_IMAGE_BYTES } from '@linli/shared';
import { fail, signIn } from '../testing/fake-cloud';
import { JPEG_HEAD, mockUpload, photoFile, uploaded } from '../testing/mock-upload';
import { readSession } from './session';
import { UPLOAD_URL, uploadPhoto } from './upload-photo';

jest.mock('./upload-transport', () => jest.requireActual('../testing/mock-upload'));

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0];

beforeEach(() => {
  mockUpload.mockReset();
  window.sessionStorage.clear();
  signIn(undefined, 'worker-token');
});

test('a photo goes to /api/files as the raw body with the session token and its sniffed type', async () => {
  mockUpload.mockImplementation(uploaded('f-1'));
  const progress: number[] = [];
  // Named .jpg by the phone, but the bytes are a PNG: the bytes decide the type sent.
  const file = photoFile('IMG_0001.jpg', PNG_HEAD, 'image/jpeg');

  await expect(uploadPhoto(file, { onProgress: (f) => progress.push(f) })).resolves.toBe('f-1');

  const request = mockUpload.mock.calls[0]?.[0];
  expect(request?.url).toBe(UPLOAD_URL);
  expect(request?.body).toBe(file);
  expect(request?.headers).toMatchObject({ authorization: 'Bearer worker-token', 'content-type': 'image/png' });
  expect(progress).toEqual([0.5, 1]);
});

test('a file that is no image, or is too large, is refused before anything is sent', async () => {
  const pdf = photoFile(
    'invoice.jpg',
    [...'%PDF-1.7'].map((c) => c.charCodeAt(0)),
  );
  const huge = new File([new Uint8Array(MAX_IMAGE_BYTES + 1)], 'huge.jpg', { type: 'image/jpeg' });

  await expect(uploadPhoto(pdf)).rejects.toMatchObject({ code: 'FILE.NOT_IMAGE', requestId: 'local' });
  await expect(uploadPhoto(huge)).rejects.toMatchObject({
    code: 'FILE.TOO_LARGE',
    message: '图片不能超过 10MB，请压缩后重试',
  });
  expect(mockUpload).not.toHaveBeenCalled();
});

test("the server's refusal arrives as a CallError with its message and request id", async () => {
  mockUpload.mockResolvedValue({ status: 415, body: fail('FILE.NOT_IMAGE', { message: '这不是图片' }) });

  const failure = await uploadPhoto(photoFile()).catch((error: unknown) => error);

  expect(failure).toBeInstanceOf(CallError);
  expect(failure).toMatchObject({ code: 'FILE.NOT_IMAGE', message: '这不是图片', requestId: 'req-test' });
});

test('a network failure or an unexpected body is UNAVAILABLE or INTERNAL, never a crash', async () => {
  mockUpload.mockRejectedValueOnce(new Error('offline'));
  await expect(uploadPhoto(photoFile())).rejects.toMatchObject({ code: 'UNAVAILABLE' });

  mockUpload.mockResolvedValueOnce({ status: 200, body: { ok: true, data: { id: 'wrong-shape' } } });
  await expect(uploadPhoto(photoFile())).rejects.toMatchObject({ code: 'INTERNAL' });
});

test('an upload answered UNAUTHENTICATED ends the session, as a call would', async () => {
  mockUpload.mockResolvedValue({ status: 401, body: fail('AUTH.UNAUTHENTICATED') });

  await expect(uploadPhoto(photoFile('a.jpg', JPEG_HEAD))).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  expect(readSession()).toBeNull();
});
