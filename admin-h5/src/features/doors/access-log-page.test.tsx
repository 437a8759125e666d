import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, fail, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { answer, DEVICES, filterBy, logCalls, OFFLINE, OPENED, openPage, rowOf, WUYE } from './access-log-kit';
import { AccessLogPage } from './access-log-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(WUYE);
});

test('entries show Beijing time, result, door, place, method, who and latency; failures stand out', async () => {
  answer();
  await openPage();

  const opened = rowOf('2026-11-22 13:00:00');
  expect([...opened.children].map((cell) => cell.textContent)).toEqual([
    '2026-11-22 13:00:00',
    '已开门',
    '南门',
    '阳光花园',
    '小程序',
    '张**',
    '182 毫秒',
  ]);
  const offline = rowOf('2026-11-22 00:30:00');
  expect([...offline.children].map((cell) => cell.textContent)).toEqual([
    '2026-11-22 00:30:00',
    '设备离线',
    '1单元',
    '阳光花园 3栋',
    '刷卡',
    '卡号 0042',
    '—',
  ]);
  expect(offline.className).toContain('access-row--failed');
  expect(within(offline).getByText('设备离线').className).toContain('badge--danger');
  expect(opened.className).not.toContain('access-row--failed');
  expect(logCalls()).toEqual([{ limit: 50 }]);
  expect(screen.getByText('共 2 条记录')).toBeTruthy();
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

test('grid members, who read the log, filter it by door too: the contract lets them list controllers', async () => {
  const grid = staffProfile({ roles: ['grid'], scope: SCOPES.community });
  signIn(grid);
  answer();
  render(<AccessLogPage withinId={null} staff={grid} />);

  await screen.findByRole('table', { name: '通行记录' });
  await waitFor(() => expect(screen.getByLabelText('门')).toHaveProperty('disabled', false));
  expect(screen.getByLabelText('方式')).toBeTruthy();
  expect(callNames(mockTransport)).toContain('door.devices');
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
