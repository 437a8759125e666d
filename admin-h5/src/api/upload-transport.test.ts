import { sendUpload } from './upload-transport';

/** Just enough of XMLHttpRequest to see what is sent and to answer as a server would. */
class FakeXhr {
  static last: FakeXhr | null = null;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  timeout = 0;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = {
    onprogress: null,
  };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  isAborted = false;

  constructor() {
    FakeXhr.last = this;
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
  abort() {
    this.isAborted = true;
    this.onabort?.();
  }
  answer(status: number, text: string) {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

const realXhr = globalThis.XMLHttpRequest;
beforeEach(() => {
  FakeXhr.last = null;
  Object.defineProperty(globalThis, 'XMLHttpRequest', { value: FakeXhr, configurable: true, writable: true });
});
afterAll(() => {
  Object.defineProperty(globalThis, 'XMLHttpRequest', { value: realXhr, configurable: true, writable: true });
});

function sent(): FakeXhr {
  if (!FakeXhr.last) throw new Error('nothing was sent');
  return FakeXhr.last;
}

test('POSTs the body with the headers, reports progress, and parses the JSON answer whatever the status', async () => {
  const body = new Blob(['photo']);
  const progress: number[][] = [];
  const answer = sendUpload({
    url: '/api/files',
    body,
    headers: { authorization: 'Bearer t' },
    onProgress: (a, b) => progress.push([a, b]),
  });

  const xhr = sent();
  expect([xhr.method, xhr.url, xhr.headers, xhr.body]).toEqual([
    'POST',
    '/api/files',
    { authorization: 'Bearer t' },
    body,
  ]);
  xhr.upload.onprogress?.({ lengthComputable: true, loaded: 2, total: 5 });
  xhr.upload.onprogress?.({ lengthComputable: false, loaded: 0, total: 0 });
  xhr.answer(413, '{"ok":false}');

  await expect(answer).resolves.toEqual({ status: 413, body: { ok: false } });
  expect(progress).toEqual([[2, 5]]);
});

test('a network error, a timeout and a proxy error page reject', async () => {
  const failures = [
    (xhr: FakeXhr) => xhr.onerror?.(),
    (xhr: FakeXhr) => xhr.ontimeout?.(),
    (xhr: FakeXhr) => xhr.answer(502, '<html>Bad Gateway</html>'),
  ];
  for (const failWith of failures) {
    const answer = sendUpload({ url: '/api/files', body: new Blob(['x']), headers: {} });
    failWith(sent());
    await expect(answer).rejects.toBeTruthy();
  }
});

test('aborting the signal aborts the request with an AbortError', async () => {
  const controller = new AbortController();
  const answer = sendUpload({ url: '/api/files', body: new Blob(['x']), headers: {}, signal: controller.signal });

  controller.abort();

  await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
  expect(sent().isAborted).toBe(true);
});
