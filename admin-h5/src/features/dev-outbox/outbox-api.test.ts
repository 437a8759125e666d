import { CallError } from '@linli/shared';
import { loadOutbox, type OutboxFetch, outboxUrlOf } from './outbox-api';

function answering(status: number, body: unknown) {
  return jest.fn<ReturnType<OutboxFetch>, Parameters<OutboxFetch>>(async () => ({ status, json: async () => body }));
}

const ENTRY = {
  _id: 'o-1',
  topic: 'repair.assigned',
  openid: 'demo-owner-zhang',
  title: '报修已派单',
  fields: { item: '水管漏水' },
  page: null,
  subjectKind: 'repair',
  subjectId: 'r-1',
  status: 'delivered',
  detail: null,
  createdAt: '2026-11-22T06:00:00.000Z',
};

test('asks for the limit always and the openid when given, and returns the items as answered', async () => {
  const fetch = answering(200, { items: [ENTRY, { ...ENTRY, _id: 'o-0', status: 'some-new-status' }] });
  const result = await loadOutbox({ limit: 20, openid: 'demo-owner-zhang' }, fetch);

  expect(fetch.mock.calls[0]?.[0]).toBe('/api/dev/outbox?limit=20&openid=demo-owner-zhang');
  expect(new Headers(fetch.mock.calls[0]?.[1].headers).get('accept')).toBe('application/json');
  expect(result).toMatchObject({
    isAvailable: true,
    items: [{ _id: 'o-1' }, { _id: 'o-0', status: 'some-new-status' }],
  });
  expect(outboxUrlOf({ limit: 50, openid: null })).toBe('/api/dev/outbox?limit=50');
});

test('a 404 means the route is not there (production mode, or not the local cloud), whatever the body', async () => {
  const envelope = { ok: false, error: { code: 'FN.NOT_FOUND', message: '功能不存在', requestId: 'r1' } };
  await expect(loadOutbox({ limit: 50, openid: null }, answering(404, envelope))).resolves.toEqual({
    isAvailable: false,
  });
  const htmlPage = jest.fn<ReturnType<OutboxFetch>, Parameters<OutboxFetch>>(async () => ({
    status: 404,
    json: async () => {
      throw new SyntaxError('Unexpected token <');
    },
  }));
  await expect(loadOutbox({ limit: 50, openid: null }, htmlPage)).resolves.toEqual({ isAvailable: false });
});

test('an error envelope becomes a CallError with its message; anything unreadable is UNAVAILABLE or INTERNAL', async () => {
  const refused = {
    ok: false,
    error: { code: 'VALIDATION.FAILED', message: 'limit 应为 1–200 的整数', requestId: 'r2' },
  };
  const failure = await loadOutbox({ limit: 0, openid: null }, answering(400, refused)).catch((e: unknown) => e);
  expect(failure).toBeInstanceOf(CallError);
  expect(failure).toMatchObject({ code: 'VALIDATION.FAILED', message: 'limit 应为 1–200 的整数', requestId: 'r2' });

  const offline = jest.fn<ReturnType<OutboxFetch>, Parameters<OutboxFetch>>(async () => {
    throw new TypeError('Failed to fetch');
  });
  await expect(loadOutbox({ limit: 50, openid: null }, offline)).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  await expect(loadOutbox({ limit: 50, openid: null }, answering(502, 'Bad Gateway'))).rejects.toMatchObject({
    code: 'UNAVAILABLE',
  });
  // A 200 that is not the outbox's shape is a bug between console and cloud, not a passing outage.
  await expect(loadOutbox({ limit: 50, openid: null }, answering(200, { ok: true, data: [] }))).rejects.toMatchObject({
    code: 'INTERNAL',
  });
});
