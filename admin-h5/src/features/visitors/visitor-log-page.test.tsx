import { fireEvent, render, screen, within } from '@testing-library/react';
import { cloudAnswering, fail, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { AccessLogRow } from '../doors/access-labels';
import { VisitorLogPage } from './visitor-log-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

function entry(id: string, overrides: Partial<AccessLogRow> = {}): AccessLogRow {
  return {
    _id: id,
    at: '2026-11-22T05:00:00.000Z',
    doorId: 'dev-cpd-1-gate-1',
    doorName: '南门',
    placeLabel: '阳光花园',
    method: 'visitor',
    result: 'opened',
    who: '刘访客（张**的访客）',
    latencyMs: 240,
    ...overrides,
  };
}

const FIRST = entry('v-1');
const REFUSED = entry('v-2', { at: '2026-11-21T23:59:00.000Z', result: 'rejected', latencyMs: 1500 });

function logCalls(): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'visitor' && event.action === 'log')
    .map(([, event]) => event.data);
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('visitor entries show time, result, door, place, visitor and latency, without a method column', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({ 'visitor.log': ok({ items: [FIRST, REFUSED], nextCursor: null }) }),
  );
  render(<VisitorLogPage withinId="cpd-1" />);

  const table = await screen.findByRole('table', { name: '访客记录' });
  expect(
    within(table)
      .getAllByRole('columnheader')
      .map((header) => header.textContent),
  ).toEqual(['时间', '结果', '门', '位置', '访客', '耗时']);
  const [, first, refused] = within(table).getAllByRole('row');
  expect([...(first?.children ?? [])].map((cell) => cell.textContent)).toEqual([
    '2026-11-22 13:00:00',
    '已开门',
    '南门',
    '阳光花园',
    '刘访客（张**的访客）',
    '240 毫秒',
  ]);
  expect(refused?.textContent).toContain('2026-11-22 07:59:00');
  expect(refused?.textContent).toContain('1.5 秒');
  expect(refused?.className).toContain('access-row--failed');
  expect(within(refused as HTMLElement).getByText('设备拒绝').className).toContain('badge--danger');
  expect(first?.className).not.toContain('access-row--failed');
  expect(logCalls()).toEqual([{ limit: 50, within: 'cpd-1' }]);
});

test('加载更多 follows the cursor', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'visitor.log': (data: { cursor?: string }) =>
        data.cursor === 'c2' ? ok({ items: [REFUSED], nextCursor: null }) : ok({ items: [FIRST], nextCursor: 'c2' }),
    }),
  );
  render(<VisitorLogPage withinId={null} />);
  expect(await screen.findByText('已显示 1 条记录')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '加载更多' }));

  expect(await screen.findByText('共 2 条记录')).toBeTruthy();
  expect(logCalls()).toEqual([{ limit: 50 }, { limit: 50, cursor: 'c2' }]);
});

test('an empty log says so', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'visitor.log': ok({ items: [], nextCursor: null }) }));
  render(<VisitorLogPage withinId={null} />);

  expect(await screen.findByText('还没有访客通行记录。')).toBeTruthy();
});

test("a failed read shows the envelope's message, and 重试 reads again", async () => {
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'visitor.log': () => {
        reads += 1;
        return reads === 1 ? fail('AUTH.FORBIDDEN') : ok({ items: [FIRST], nextCursor: null });
      },
    }),
  );
  render(<VisitorLogPage withinId={null} />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('没有权限执行此操作');
  fireEvent.click(within(alert).getByRole('button', { name: '重试' }));

  expect(await screen.findByRole('table', { name: '访客记录' })).toBeTruthy();
  expect(logCalls()).toHaveLength(2);
});
