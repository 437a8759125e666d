import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { repairSummary } from '../../../../test/repairs';
import { taroStub } from '../../../../test/taro-stub';
import RepairListPage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../features/repair/repair-call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return {
    repairCall: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }),
  };
});

const LATE = repairSummary({
  repairId: 'rep-late',
  number: 'BX20261122-0002',
  status: 'assigned',
  title: '电梯按钮失灵',
  category: 'elevator',
  locationLabel: '阳光花园 1栋电梯',
  isOverdue: true,
  createdAt: '2026-11-22T16:30:00.000Z',
});
const DONE = repairSummary({ repairId: 'rep-done', status: 'confirmed', title: '门锁坏了', category: 'doors_windows' });

const item = (id: string) => within(document.getElementById(`repair-${id}`) as HTMLElement);

async function click(target: HTMLElement) {
  await act(async () => {
    fireEvent.click(target);
  });
}

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
});

describe('我家的报修', () => {
  it('lists every report with its status, overdue mark, number, title and Beijing time', async () => {
    mockCloud.on('repair.mine', () => ({ items: [LATE, DONE], nextCursor: null }));
    render(<RepairListPage />);

    await screen.findByText('电梯按钮失灵');
    expect(item('rep-late').getByText('已派单')).toBeTruthy();
    expect(item('rep-late').getByText('已超时')).toBeTruthy();
    expect(item('rep-late').getByText('BX20261122-0002')).toBeTruthy();
    expect(item('rep-late').getByText('电梯 · 阳光花园 1栋电梯')).toBeTruthy();
    expect(item('rep-late').getByText('提交于 11月23日 00:30')).toBeTruthy();
    expect(item('rep-done').getByText('已完成')).toBeTruthy();
    expect(item('rep-done').queryByText('已超时')).toBeNull();
    expect(mockCloud.callsTo('repair.mine')).toEqual([{ limit: 20 }]);

    await click(screen.getByText('门锁坏了'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/repair/detail/index?id=rep-done']);
  });

  it('shows only the open ones when asked, and all again', async () => {
    mockCloud.on('repair.mine', (data) =>
      (data as { isOpen?: boolean }).isOpen
        ? { items: [LATE], nextCursor: null }
        : { items: [LATE, DONE], nextCursor: null },
    );
    render(<RepairListPage />);
    await screen.findByText('门锁坏了');

    await click(screen.getByTestId('choice-repair-filter-open'));
    await waitFor(() => expect(screen.queryByText('门锁坏了')).toBeNull());
    expect(screen.getByText('电梯按钮失灵')).toBeTruthy();
    await click(screen.getByTestId('choice-repair-filter-all'));
    expect(await screen.findByText('门锁坏了')).toBeTruthy();
    expect(mockCloud.callsTo('repair.mine')).toEqual([{ limit: 20 }, { limit: 20, isOpen: true }, { limit: 20 }]);
  });

  it('loads the next page on request, keeping the filter', async () => {
    mockCloud.on('repair.mine', (data) =>
      (data as { cursor?: string }).cursor === 'c2'
        ? { items: [DONE], nextCursor: null }
        : { items: [LATE], nextCursor: 'c2' },
    );
    render(<RepairListPage />);
    await screen.findByText('电梯按钮失灵');
    await click(screen.getByText('加载更多'));
    expect(await screen.findByText('门锁坏了')).toBeTruthy();
    expect(mockCloud.callsTo('repair.mine')).toEqual([{ limit: 20 }, { limit: 20, cursor: 'c2' }]);
    expect(screen.queryByText('加载更多')).toBeNull();
  });

  it('says when there is none yet, and leads to reporting one', async () => {
    mockCloud.on('repair.mine', () => ({ items: [], nextCursor: null }));
    render(<RepairListPage />);
    expect(await screen.findByTestId('no-repairs')).toBeTruthy();
    expect(screen.getByText('还没有报修记录')).toBeTruthy();
    await click(screen.getByTestId('repair-list-submit'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/repair/submit/index']);
  });

  it('offers binding when I have no approved room, and a retry when the service fails', async () => {
    mockCloud.on('repair.mine', () => {
      throw new FakeFailure('AUTH.FORBIDDEN', '没有权限执行此操作');
    });
    const { unmount } = render(<RepairListPage />);
    await waitFor(() => expect(document.getElementById('repair-no-room')).not.toBeNull());
    unmount();

    mockCloud.on('repair.mine', () => {
      throw new FakeFailure('UNAVAILABLE', '服务暂时不可用，请稍后再试');
    });
    render(<RepairListPage />);
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    mockCloud.on('repair.mine', () => ({ items: [DONE], nextCursor: null }));
    await click(screen.getByText('重试'));
    expect(await screen.findByText('门锁坏了')).toBeTruthy();
  });
});
