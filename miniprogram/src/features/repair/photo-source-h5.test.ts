import { MAX_IMAGE_BYTES } from '@linli/shared';
import { taroStub } from '../../../test/taro-stub';
import { PhotoRefusedError } from './photo-check';
import { createH5PhotoSource, postPhoto, UPLOAD_URL } from './photo-source-h5';

const JPEG_HEAD = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1];
const jpeg = (size = 2048) => {
  const bytes = new Uint8Array(size);
  bytes.set(JPEG_HEAD);
  return new Blob([bytes], { type: 'image/jpeg' });
};

/** Stands in for XMLHttpRequest: records what was sent and answers as the local cloud would. */
class FakeRequest {
  static last: FakeRequest | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor() {
    FakeRequest.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  answer(status: number, body: unknown) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 512, total: 2048 });
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

const createRequest = () => new FakeRequest() as unknown as XMLHttpRequest;

beforeEach(() => {
  taroStub.reset();
  FakeRequest.last = null;
});

describe('browser photo upload: POST /api/files', () => {
  it('sends the photo as the raw body with the session as a Bearer token, reporting progress', async () => {
    taroStub.storage.set('linli.session', 'dev-token-1');
    const progress: number[] = [];
    const photo = jpeg();
    const uploading = postPhoto(photo, (percent) => progress.push(percent), createRequest);
    const request = FakeRequest.last as FakeRequest;
    expect([request.method, request.url, request.body]).toEqual(['POST', UPLOAD_URL, photo]);
    expect(request.headers).toEqual({ Authorization: 'Bearer dev-token-1', 'Content-Type': 'image/jpeg' });

    request.answer(200, { ok: true, data: { fileId: 'local-abc', contentType: 'image/jpeg', size: 2048 } });
    await expect(uploading).resolves.toBe('local-abc');
    expect(progress).toEqual([25]);
  });

  it("rejects with the server's own words when it refuses the photo", async () => {
    const uploading = postPhoto(jpeg(), () => undefined, createRequest);
    FakeRequest.last?.answer(415, {
      ok: false,
      error: { code: 'FILE.NOT_IMAGE', message: '只能上传 JPG、PNG 或 WebP 格式的图片', requestId: 'r1' },
    });
    await expect(uploading).rejects.toMatchObject({
      code: 'FILE.NOT_IMAGE',
      message: '只能上传 JPG、PNG 或 WebP 格式的图片',
    });
  });

  it('says the service is unavailable when the connection drops, and too large for a bare 413', async () => {
    const dropped = postPhoto(jpeg(), () => undefined, createRequest);
    FakeRequest.last?.onerror?.();
    await expect(dropped).rejects.toMatchObject({ code: 'UNAVAILABLE' });

    const tooLarge = postPhoto(jpeg(), () => undefined, createRequest);
    FakeRequest.last?.answer(413, '<html>Payload Too Large</html>');
    await expect(tooLarge).rejects.toMatchObject({ code: 'FILE.TOO_LARGE' });
  });
});

describe('browser photo source', () => {
  const posted: Blob[] = [];
  const post = async (photo: Blob) => {
    posted.push(photo);
    return 'local-1';
  };
  beforeEach(() => {
    posted.length = 0;
  });

  it('refuses a document renamed .jpg by its bytes, before compressing or uploading it', async () => {
    const compress = jest.fn(async () => null);
    const source = createH5PhotoSource({ compress, post });
    const pdf = new File(['%PDF-1.7 not a photo at all'], 'leak.jpg', { type: 'image/jpeg' });
    const refused = source.upload({ previewSrc: 'blob:1', file: pdf }, () => undefined);
    await expect(refused).rejects.toBeInstanceOf(PhotoRefusedError);
    await expect(refused).rejects.toMatchObject({ code: 'FILE.NOT_IMAGE' });
    expect(compress).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('sends the compressed copy when it is smaller, and the original when the browser cannot draw it', async () => {
    const small = new Blob([new Uint8Array(100)], { type: 'image/jpeg' });
    const original = jpeg(4096);
    await createH5PhotoSource({ compress: async () => small, post }).upload(
      { previewSrc: '', file: original },
      () => 0,
    );
    await createH5PhotoSource({ compress: async () => null, post }).upload({ previewSrc: '', file: original }, () => 0);
    expect(posted).toEqual([small, original]);
  });

  it('refuses a photo still over 10 MB after compression', async () => {
    const huge = jpeg(MAX_IMAGE_BYTES + 1);
    const source = createH5PhotoSource({ compress: async () => null, post });
    await expect(source.upload({ previewSrc: '', file: huge }, () => 0)).rejects.toMatchObject({
      code: 'FILE.TOO_LARGE',
      message: '图片不能超过 10MB，请压缩后重试',
    });
    expect(posted).toEqual([]);
  });
});
