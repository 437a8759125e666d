import { CallError, contracts, createClient } from '@linli/shared';
import { createFetchTransport, type FetchLike } from './fetch-transport';

function fetchAnswering(status: number, body: unknown) {
  return jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async () => ({
    status,
    json: async () => body,
  }));
}

test('posts the event as JSON to /api/fn/<fn>', async () => {
  const fetch = fetchAnswering(200, { ok: true, data: 1 });
  const transport = createFetchTransport({ fetch });

  await transport('system', { action: 'ping', data: { echo: '你好' }, token: 't' });

  const [url, init] = fetch.mock.calls[0] ?? [];
  expect(url).toBe('/api/fn/system');
  expect(init?.method).toBe('POST');
  expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
  expect(JSON.parse(String(init?.body))).toEqual({ action: 'ping', data: { echo: '你好' }, token: 't' });
});

test('returns the envelope even when the HTTP status is an error', async () => {
  const envelope = { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '没有权限执行此操作', requestId: 'r1' } };
  const transport = createFetchTransport({ fetch: fetchAnswering(403, envelope) });

  await expect(transport('system', { action: 'ping', data: {} })).resolves.toEqual(envelope);
});

test('through the shared client, an error envelope becomes a CallError with its message', async () => {
  const envelope = { ok: false, error: { code: 'AUTH.FORBIDDEN', message: '没有权限执行此操作', requestId: 'r1' } };
  const call = createClient({ contracts, transport: createFetchTransport({ fetch: fetchAnswering(403, envelope) }) });

  const failure = await call('system', 'ping', {}).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(CallError);
  expect(failure).toMatchObject({ code: 'AUTH.FORBIDDEN', message: '没有权限执行此操作', requestId: 'r1' });
});

test('a network failure or a non-JSON body reaches the client as UNAVAILABLE', async () => {
  const offline = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async () => {
    throw new TypeError('Failed to fetch');
  });
  const htmlPage = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(async () => ({
    json: async () => JSON.parse('<html>502</html>'),
  }));

  for (const fetch of [offline, htmlPage]) {
    const call = createClient({ contracts, transport: createFetchTransport({ fetch }) });
    await expect(call('system', 'version', {})).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  }
});
