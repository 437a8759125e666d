import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, fail, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { AccessLogRow, DeviceRow } from './access-labels';
import { AccessLogPage } from './access-log-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const WUYE = staffProfile();

function entry(id: string, overrides: Partial<AccessLogRow> = {}): AccessLogRow {
  return {
    _id: id,
    at: '2026-11-22T05:00:00.000Z',
    doorId: 'dev-cpd-1-gate-1',
    doorName: '南门',
    placeLabel: '阳光花园',
    method: 'app',
    result: 'opened',
    who: '张**',
    latencyMs: 182,
    ...overrides,
  };
}

const OPENED = entry('log-1');
const OFFLINE = entry('log-2', {
  at: '2026-11-21T16:30:00.000Z',
  doorId: 'dev-cpd-1-b3-1',
  doorName: '1单元',
  placeLabel: '阳光花园 3栋',
  method: 'card',
  result: 'offline',
  who: '卡号 0042',
  latencyMs: null,
});
const DEVICES: DeviceRow[] = [
  {
    deviceId: 'dev-cpd-1-gate',
    name: '小区大门',
    vendor: 'hikvision',
    placeLabel: '阳光花园',
    doors: [
      { doorId: 'dev-cpd-1-gate-1', doorNo: 1, name: '南门' },
      { doorId: 'dev-cpd-1-gate-2', doorNo: 2, name: '北门' },
    ],
    isOnline: true,
    lastSeenAt: null,
    lastLatencyMs: null,
  },
];

function answer(log: unknown = ok({ items: [OPENED, OFFLINE], nextCursor: null })): void {
  mockTransport.mockImplementation(cloudAnswering({ 'door.accessLog': log, 'door.devices': ok({ devices: DEVICES }) }));
}

function logCalls(): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'door' && event.action === 'accessLog')
    .map(([, event]) => event.data);
}

function rowOf(text: string): HTMLElement {
  const row = screen.getByText(text).closest('tr');
  if (!row) throw new Error(`no row holds ${text}`);
  return row;
}

/** Opens the page and waits for both reads it starts: the first page of entries and the door list. */
async function openPage(withinId: string | null = null): Promise<void> {
  render(<AccessLogPage withinId={withinId} staff={WUYE} />);
  await screen.findByRole('table', { name: '通行记录' });
  await waitFor(() => expect(screen.getByLabelText('门')).toHaveProperty('disabled', false));
}

/** Fills the filter form as a staff member would and presses 查询. */
async function filterBy(fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) {
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  }
  fireEvent.click(screen.getByRole('button', { name: '查询' }));
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(WUYE);
});

test('entries show Beijing time, door, place, method, who, result and latency; failures stand out', async () => {
  answer();
  await openPage();

  const opened = rowOf('2026-11-22 13:00:00');
  expect([...opened.children].map((cell) => cell.textContent)).toEqual([
    '2026-11-22 13:00:00',
    '南门',
    '阳光花园',
    '小程序',
    '张**',
    '已开门',
    '182 毫秒',
  ]);
  const offline = rowOf('2026-11-22 00:30:00');
  expect([...offline.children].map((cell) => cell.textContent)).toEqual([
    '2026-11-22 00:30:00',
    '1单元',
    '阳光花园 3栋',
    '刷卡',
    '卡号 0042',
    '设备离线',
    '—',
  ]);
  expect(offline.className).toContain('access-row--failed');
  expect(within(offline).getByText('设备离线').className).toContain('badge--danger');
  expect(opened.className).not.toContain('access-row--failed');
  expect(logCalls()).toEqual([{ limit: 50 }]);
  expect(screen.getByText('共 2 条记录')).toBeTruthy();
});

test('the door filter lists the doors of the controllers in scope and sends the picked door', async () => {
  answer();
  await openPage('cpd-1');

  const select = screen.getByLabelText('门');
  const group = within(select).getByRole('group', { name: '阳光花园 · 小区大门' });
  expect(
    within(group)
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['南门', '北门']);
  const devicesCall = mockTransport.mock.calls.find(([, event]) => event.action === 'devices');
  expect(devicesCall?.[1].data).toEqual({ within: 'cpd-1' });

  await filterBy({ 门: 'dev-cpd-1-gate-2' });

  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50, within: 'cpd-1', doorId: 'dev-cpd-1-gate-2' }));
});

test.each([
  ['方式', '刷卡', { method: 'card' }],
  ['方式', '访客', { method: 'visitor' }],
  ['结果', '设备超时', { result: 'timeout' }],
  ['结果', '无权限', { result: 'denied' }],
])('the %s filter 「%s」 is sent as %o', async (label, optionText, sent) => {
  answer();
  await openPage();

  const option = within(screen.getByLabelText(label)).getByRole('option', { name: optionText });
  await filterBy({ [label]: option.getAttribute('value') ?? '' });

  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50, ...sent }));
});

test('every method and result is offered in Chinese', async () => {
  answer();
  await openPage();

  const texts = (label: string) =>
    within(screen.getByLabelText(label))
      .getAllByRole('option')
      .map((option) => option.textContent);
  expect(texts('方式')).toEqual(['全部方式', '小程序', '访客', '人脸', '刷卡', '密码', '其他']);
  expect(texts('结果')).toEqual(['全部结果', '已开门', '设备离线', '设备超时', '设备拒绝', '无权限']);
});

test('a time window typed in Beijing time is sent as UTC, across midnight; 清除筛选 drops every filter', async () => {
  answer();
  await openPage();

  await filterBy({ 开始时间: '2026-11-22T07:30', 结束时间: '2026-11-23T00:15', 结果: 'offline' });

  await waitFor(() =>
    expect(logCalls().at(-1)).toEqual({
      limit: 50,
      result: 'offline',
      from: '2026-11-21T23:30:00.000Z',
      to: '2026-11-22T16:15:00.000Z',
    }),
  );

  fireEvent.click(screen.getByRole('button', { name: '清除筛选' }));
  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50 }));
  expect((screen.getByLabelText('开始时间') as HTMLInputElement).value).toBe('');
  expect((screen.getByLabelText('结果') as HTMLSelectElement).value).toBe('');
});

test('only one end of the window may be given', async () => {
  answer();
  await openPage();

  await filterBy({ 结束时间: '2026-11-22T08:00' });

  await waitFor(() => expect(logCalls().at(-1)).toEqual({ limit: 50, to: '2026-11-22T00:00:00.000Z' }));
});

test('a window that ends before it starts is pointed out beside 结束时间 without a call', async () => {
  answer();
  await openPage();

  await filterBy({ 开始时间: '2026-11-22T08:00', 结束时间: '2026-11-22T08:00' });

  expect(screen.getByText('结束时间须晚于开始时间')).toBeTruthy();
  expect(screen.getByLabelText('结束时间').getAttribute('aria-invalid')).toBe('true');
  expect(logCalls()).toHaveLength(1);
});

test('加载更多 follows the cursor with the filters in force, and a filter that finds nothing says so', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'door.devices': ok({ devices: DEVICES }),
      'door.accessLog': (data: { cursor?: string; method?: string }) => {
        if (data.method === 'face') return ok({ items: [], nextCursor: null });
        return data.cursor === 'c2'
          ? ok({ items: [OFFLINE], nextCursor: null })
          : ok({ items: [OPENED], nextCursor: 'c2' });
      },
    }),
  );
  await openPage();
  await filterBy({ 结果: 'opened' });
  expect(await screen.findByText('已显示 1 条记录')).toBeTruthy();
  expect(logCalls()).toHaveLength(2);

  fireEvent.click(await screen.findByRole('button', { name: '加载更多' }));

  await screen.findByText('2026-11-22 00:30:00');
  expect(logCalls().at(-1)).toEqual({ limit: 50, result: 'opened', cursor: 'c2' });
  expect(screen.getByText('共 2 条记录')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();

  await filterBy({ 方式: 'face' });
  expect(await screen.findByText('没有符合筛选条件的通行记录。')).toBeTruthy();
});

test('grid members, who may read the log but not list controllers, get no door filter and no devices call', async () => {
  const grid = staffProfile({ roles: ['grid'], scope: SCOPES.community });
  signIn(grid);
  answer();
  render(<AccessLogPage withinId={null} staff={grid} />);

  await screen.findByRole('table', { name: '通行记录' });
  expect(screen.queryByLabelText('门')).toBeNull();
  expect(screen.getByLabelText('方式')).toBeTruthy();
  expect(callNames(mockTransport)).not.toContain('door.devices');
});

test("a failed read shows the envelope's message with 重试; a failed door list says which list failed", async () => {
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'door.devices': fail('UNAVAILABLE'),
      'door.accessLog': () => {
        reads += 1;
        return reads === 1 ? fail('AUTH.OUT_OF_SCOPE') : ok({ items: [OPENED], nextCursor: null });
      },
    }),
  );
  render(<AccessLogPage withinId="cpd-3" staff={WUYE} />);

  await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
  const [doorAlert, logAlert] = screen.getAllByRole('alert');
  expect(doorAlert?.textContent).toContain('门列表加载失败：服务暂时不可用，请稍后再试');
  expect(logAlert?.textContent).toContain('超出您的管辖范围');
  expect(logAlert?.textContent).toContain('请求编号：req-test');

  fireEvent.click(within(logAlert as HTMLElement).getByRole('button', { name: '重试' }));
  await screen.findByRole('table', { name: '通行记录' });
  expect(logCalls()).toEqual([
    { limit: 50, within: 'cpd-3' },
    { limit: 50, within: 'cpd-3' },
  ]);
});
