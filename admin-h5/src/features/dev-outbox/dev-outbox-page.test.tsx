import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { deferred } from '../../testing/fake-cloud';
import { DevOutboxPage } from './dev-outbox-page';

type Reply = { status: number; json(): Promise<unknown> };
const mockFetch = jest.fn<Promise<Reply>, [string, RequestInit]>();

beforeAll(() => {
  // jsdom has no fetch of its own; the page reads the global one when it loads.
  Object.defineProperty(globalThis, 'fetch', { value: mockFetch, configurable: true, writable: true });
});

beforeEach(() => {
  mockFetch.mockReset();
});

const reply = (status: number, body: unknown): Reply => ({ status, json: async () => body });

function message(id: string, overrides: Record<string, unknown> = {}) {
  return {
    _id: id,
    topic: 'repair.assigned',
    openid: 'demo-owner-zhang',
    title: '您的报修已派单',
    fields: { thing1: '厨房水管漏水', name2: '李师傅' },
    page: 'packages/repair/detail/index?repairId=r-1',
    subjectKind: 'repair',
    subjectId: 'r-1',
    status: 'delivered',
    detail: null,
    createdAt: '2026-11-22T06:00:00.000Z',
    ...overrides,
  };
}

const NEWEST = message('o-3', {
  topic: 'repair.resolved',
  openid: 'demo-family-li',
  title: '您的报修已完成',
  fields: { thing1: '厨房水管漏水' },
  status: 'no-subscription',
  detail: 'no allowance left for this topic',
  createdAt: '2026-11-22T06:02:00.000Z',
});
const OLDER = message('o-1');

/** The query each request asked for, as `limit=…&openid=…`. */
function queriesSent(): string[] {
  return mockFetch.mock.calls.map(([url]) => {
    expect(url.startsWith('/api/dev/outbox?')).toBe(true);
    return url.slice(url.indexOf('?') + 1);
  });
}

test('lists the messages newest first: title, topic, masked recipient, fields, delivery and Beijing time', async () => {
  mockFetch.mockResolvedValue(reply(200, { items: [NEWEST, OLDER] }));
  render(<DevOutboxPage />);

  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('消息发件箱（开发）');
  const list = await screen.findByRole('list', { name: '发出的消息' });
  const cards = within(list).getAllByRole('listitem');
  expect(cards.map((card) => card.dataset.testid)).toEqual(['outbox-o-3', 'outbox-o-1']);

  const newest = within(list).getByTestId('outbox-o-3');
  expect(within(newest).getByRole('heading').textContent).toBe('您的报修已完成');
  expect(newest.textContent).toContain('报修已完成');
  expect(newest.textContent).toContain('repair.resolved');
  expect(newest.textContent).toContain('demo****y-li');
  expect(newest.textContent).not.toContain('demo-family-li');
  expect(newest.textContent).toContain('未订阅，未发送');
  expect(newest.textContent).toContain('no allowance left for this topic');
  expect(newest.textContent).toContain('2026-11-22 14:02:00');

  const older = within(list).getByTestId('outbox-o-1');
  expect(within(older).getByText('已送达').className).toContain('badge--success');
  expect(within(older).getByText('thing1').nextElementSibling?.textContent).toBe('厨房水管漏水');
  expect(within(older).getByText('name2').nextElementSibling?.textContent).toBe('李师傅');
  expect(older.textContent).toContain('2026-11-22 14:00:00');

  expect(screen.getByText(/共 2 条/)).toBeTruthy();
  expect(queriesSent()).toEqual(['limit=50']);
});

test('刷新 asks again while the list stays on screen, then shows what was sent since', async () => {
  mockFetch.mockResolvedValueOnce(reply(200, { items: [OLDER] }));
  render(<DevOutboxPage />);
  await screen.findByTestId('outbox-o-1');

  const next = deferred<Reply>();
  mockFetch.mockReturnValueOnce(next.promise);
  fireEvent.click(screen.getByRole('button', { name: '刷新' }));
  expect(screen.getByRole('button', { name: '正在刷新…' })).toHaveProperty('disabled', true);
  expect(screen.getByTestId('outbox-o-1')).toBeTruthy();

  next.resolve(reply(200, { items: [NEWEST, OLDER] }));
  await screen.findByTestId('outbox-o-3');
  expect(screen.getByRole('button', { name: '刷新' })).toHaveProperty('disabled', false);
  expect(queriesSent()).toEqual(['limit=50', 'limit=50']);
});

test('one recipient’s messages by a card’s button or a typed openid, checked first; 看全部; 显示条数', async () => {
  mockFetch.mockImplementation(async (url) =>
    reply(200, { items: url.includes('openid=demo-family-li') ? [NEWEST] : [NEWEST, OLDER] }),
  );
  render(<DevOutboxPage />);
  const older = await screen.findByTestId('outbox-o-1');

  fireEvent.click(within(screen.getByTestId('outbox-o-3')).getByRole('button', { name: '只看此收件人' }));
  await waitFor(() => expect(screen.queryByTestId('outbox-o-1')).toBeNull());
  expect(screen.getByText(/只看收件人/).textContent).toContain('demo****y-li');
  expect(older.isConnected).toBe(false);

  fireEvent.click(screen.getByRole('button', { name: '看全部' }));
  await screen.findByTestId('outbox-o-1');

  const search = screen.getByLabelText('按收件人 openid 查找');
  fireEvent.change(search, { target: { value: 'not an openid' } });
  fireEvent.click(screen.getByRole('button', { name: '查找' }));
  expect(screen.getByText('openid 为 3–64 位字母、数字、- 或 _')).toBeTruthy();
  expect(search.getAttribute('aria-invalid')).toBe('true');

  fireEvent.change(search, { target: { value: ' demo-owner-zhang ' } });
  fireEvent.click(screen.getByRole('button', { name: '查找' }));
  await waitFor(() => expect(screen.getByText(/只看收件人/).textContent).toContain('demo****hang'));

  fireEvent.change(screen.getByLabelText('显示条数'), { target: { value: '200' } });
  await waitFor(() => expect(queriesSent()).toHaveLength(5));
  expect(queriesSent()).toEqual([
    'limit=50',
    'limit=50&openid=demo-family-li',
    'limit=50',
    'limit=50&openid=demo-owner-zhang',
    'limit=200&openid=demo-owner-zhang',
  ]);
});

test('where the route answers 404 the page says it exists only in the local dev cloud', async () => {
  const envelope = { ok: false, error: { code: 'FN.NOT_FOUND', message: '功能不存在', requestId: 'r1' } };
  mockFetch.mockResolvedValueOnce(reply(404, envelope));
  render(<DevOutboxPage />);

  const status = await screen.findByText('消息发件箱只在以开发模式运行的本地云中提供；当前服务没有这个页面。');
  expect(status.closest('[role="status"]')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '刷新' })).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();

  mockFetch.mockResolvedValueOnce(reply(200, { items: [] }));
  fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
  expect(await screen.findByText('还没有发出过消息。')).toBeTruthy();
});

test('an unreachable cloud or an error envelope is shown with 重试', async () => {
  mockFetch.mockRejectedValueOnce(new TypeError('Failed to fetch'));
  render(<DevOutboxPage />);
  expect((await screen.findByRole('alert')).textContent).toContain('服务暂时不可用，请稍后再试');

  const refused = {
    ok: false,
    error: { code: 'VALIDATION.FAILED', message: 'limit 应为 1–200 的整数', requestId: 'r9' },
  };
  mockFetch.mockResolvedValueOnce(reply(400, refused));
  fireEvent.click(screen.getByRole('button', { name: '重试' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('limit 应为 1–200 的整数'));
  expect(screen.getByRole('alert').textContent).toContain('r9');
});
