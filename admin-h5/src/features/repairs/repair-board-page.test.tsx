import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, fail, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { RepairBoardPage } from './repair-board-page';
import { hoursFromNow, sentTo, summary } from './repair-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const COUNTS = {
  submitted: 2,
  reopened: 1,
  assigned: 4,
  in_progress: 3,
  resolved: 5,
  confirmed: 12,
  cancelled: 0,
  merged: 1,
};
const LATE = summary('r-0001', {
  title: '电梯困人',
  category: 'elevator',
  urgency: 'urgent',
  dueAt: hoursFromNow(-5.5),
  isOverdue: true,
  reporterName: '李*',
  locationLabel: '阳光花园 3栋 电梯',
});
const FRESH = summary('r-0002', { assignee: null });

function board(items = [LATE, FRESH], nextCursor: string | null = null) {
  return ok({ items, nextCursor, counts: COUNTS, overdue: 3 });
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('tabs carry each column’s count; a late repair is red and says how many hours late; cards show the facts', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'repair.board': board() }));
  render(<RepairBoardPage withinId={null} />);

  const late = await screen.findByTestId('repair-r-0001');
  expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
    '待派单 2',
    '已重新打开 1',
    '已派单 4',
    '维修中 3',
    '待确认 5',
    '已完成 12',
    '已取消 0',
    '已合并 1',
  ]);
  expect(screen.getByRole('tab', { name: '待派单 2' }).getAttribute('aria-selected')).toBe('true');
  expect(late.className).toContain('repair-card--overdue');
  expect(within(late).getByText('已超时 5 小时').className).toContain('badge--danger');
  for (const text of ['BX20261122-0001', '电梯', '紧急', '电梯困人', '阳光花园 3栋 电梯', '李*', '未派单']) {
    expect(late.textContent).toContain(text);
  }
  const fresh = screen.getByTestId('repair-r-0002');
  expect(fresh.className).not.toContain('repair-card--overdue');
  expect(fresh.textContent).not.toContain('已超时');
  expect(within(fresh).getByRole('link', { name: '厨房水管漏水' }).getAttribute('href')).toBe('#/repairs/r-0002');
  expect(screen.getByText('3 单超时')).toBeTruthy();
  expect(sentTo('board')).toEqual([{ status: 'submitted', limit: 20 }]);
});

test('a repair past its due time is shown late even before the SLA timer marks it', async () => {
  const missed = summary('r-0003', { status: 'in_progress', dueAt: hoursFromNow(-0.5), isOverdue: false });
  const done = summary('r-0004', { status: 'confirmed', dueAt: hoursFromNow(-30), isOverdue: false });
  mockTransport.mockImplementation(cloudAnswering({ 'repair.board': board([missed, done]) }));
  render(<RepairBoardPage withinId={null} />);

  expect((await screen.findByTestId('repair-r-0003')).textContent).toContain('已超时（不足 1 小时）');
  expect(screen.getByTestId('repair-r-0004').textContent).not.toContain('已超时');
});

test('tab, category and 只看超时 are sent as the strict contract expects, with the scope', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'repair.board': board() }));
  render(<RepairBoardPage withinId="cpd-1" />);
  await screen.findByTestId('repair-r-0001');

  fireEvent.click(screen.getByRole('tab', { name: '已派单 4' }));
  await waitFor(() => expect(sentTo('board').at(-1)).toEqual({ status: 'assigned', limit: 20, within: 'cpd-1' }));

  fireEvent.change(screen.getByLabelText('类别'), { target: { value: 'elevator' } });
  await waitFor(() =>
    expect(sentTo('board').at(-1)).toEqual({ status: 'assigned', limit: 20, within: 'cpd-1', category: 'elevator' }),
  );

  fireEvent.click(screen.getByLabelText(/只看超时/));
  await waitFor(() =>
    expect(sentTo('board').at(-1)).toEqual({
      status: 'assigned',
      limit: 20,
      within: 'cpd-1',
      category: 'elevator',
      isOverdue: true,
    }),
  );

  fireEvent.change(screen.getByLabelText('类别'), { target: { value: '' } });
  fireEvent.click(screen.getByLabelText(/只看超时/));
  await waitFor(() => expect(sentTo('board').at(-1)).toEqual({ status: 'assigned', limit: 20, within: 'cpd-1' }));
});

test('加载更多 follows the cursor with the filters in force; an empty filtered column says so', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.board': (data: { cursor?: string; category?: string }) => {
        if (data.category === 'other') return board([]);
        return data.cursor === 'c2' ? board([FRESH]) : board([LATE], 'c2');
      },
    }),
  );
  render(<RepairBoardPage withinId={null} />);
  await screen.findByTestId('repair-r-0001');
  expect(screen.getByText('已显示 1 单报修')).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
  await screen.findByTestId('repair-r-0002');
  expect(sentTo('board').at(-1)).toEqual({ status: 'submitted', limit: 20, cursor: 'c2' });
  expect(screen.getByText('共 2 单报修')).toBeTruthy();

  fireEvent.change(screen.getByLabelText('类别'), { target: { value: 'other' } });
  expect(await screen.findByText('没有符合筛选条件的待派单报修。')).toBeTruthy();
});

test("a refused read shows the envelope's message with its request id, and 重试 reads again", async () => {
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.board': () => {
        reads += 1;
        return reads === 1 ? fail('AUTH.OUT_OF_SCOPE') : board();
      },
    }),
  );
  render(<RepairBoardPage withinId="cpd-3" />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('超出您的管辖范围');
  expect(alert.textContent).toContain('请求编号：req-test');
  fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
  await screen.findByTestId('repair-r-0001');
});
