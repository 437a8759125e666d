import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { typeInto, typeIntoTextArea } from '../../../../test/form-input';
import { repairDetail, resolvedRepair } from '../../../../test/repairs';
import { taroStub } from '../../../../test/taro-stub';
import RepairDetailPage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../features/repair/repair-call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return {
    repairCall: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }),
  };
});

async function click(target: HTMLElement) {
  await act(async () => {
    fireEvent.click(target);
  });
}

async function openDetail() {
  render(<RepairDetailPage />);
  await waitFor(() => expect(document.getElementById('repair-detail')).not.toBeNull());
}

const detail = () => document.getElementById('repair-detail') as HTMLElement;
const buttons = () =>
  ['repair-cancel', 'repair-confirm', 'repair-reopen-start'].filter((id) => screen.queryByTestId(id));

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  taroStub.params = { id: 'rep-1' };
});

describe('报修详情', () => {
  it('shows the report, its photos and timeline in Beijing time, and only 撤销 while it waits', async () => {
    mockCloud.on('repair.detail', () => repairDetail());
    await openDetail();

    expect(mockCloud.callsTo('repair.detail')).toEqual([{ repairId: 'rep-1' }]);
    expect(document.getElementById('repair-status')?.textContent).toBe('已提交，等待物业派单');
    expect(document.getElementById('repair-number')?.textContent).toBe('BX20261122-0001');
    expect(screen.getByText('类别：水电（一般）')).toBeTruthy();
    expect(screen.getByText('位置：阳光花园 1栋 1单元 101')).toBeTruthy();
    expect(document.getElementById('repair-assignee')?.textContent).toBe('维修师傅：等待派单');
    expect(
      within(document.getElementById('repair-timeline') as HTMLElement).getByText('11月22日 13:00 · 张伟（住户）'),
    ).toBeTruthy();
    expect(buttons()).toEqual(['repair-cancel']);

    await click(screen.getByTestId('repair-photo-1'));
    expect(taroStub.previews).toEqual([{ current: '/files/f-1?exp=1&sig=a', urls: ['/files/f-1?exp=1&sig=a'] }]);
  });

  it('shows no action the server does not list in can', async () => {
    mockCloud.on('repair.detail', () => resolvedRepair({ can: [] }));
    await openDetail();
    expect(buttons()).toEqual([]);
    mockCloud.on('repair.detail', () => repairDetail({ status: 'assigned', can: ['comment', 'assign'] }));
    await click(screen.getByTestId('repair-detail-list'));
    expect(taroStub.navigations).toEqual(['redirectTo /packages/repair/list/index']);
  });

  it('cancels only after a confirm', async () => {
    mockCloud.on('repair.detail', () => repairDetail());
    mockCloud.on('repair.cancel', () => repairDetail({ status: 'cancelled', can: [] }));
    await openDetail();

    taroStub.confirms = false;
    await click(screen.getByTestId('repair-cancel'));
    expect(mockCloud.callsTo('repair.cancel')).toEqual([]);

    taroStub.confirms = true;
    await click(screen.getByTestId('repair-cancel'));
    expect(taroStub.modals[1]?.title).toBe('撤销报修');
    expect(mockCloud.callsTo('repair.cancel')).toEqual([{ repairId: 'rep-1' }]);
    await waitFor(() => expect(detail().getAttribute('data-status')).toBe('cancelled'));
    expect(buttons()).toEqual([]);
  });

  it('once done: shows the work, asks for a rating with the contract, and sends stars and comment', async () => {
    mockCloud.on('repair.detail', () => resolvedRepair());
    mockCloud.on('repair.confirm', () =>
      resolvedRepair({ status: 'confirmed', rating: 4, ratingComment: '很及时', can: ['reopen'] }),
    );
    await openDetail();

    expect(document.getElementById('repair-assignee')?.textContent).toBe('维修师傅：李师傅');
    expect(
      within(document.getElementById('repair-completion') as HTMLElement).getByText('11月22日 16:30 完工'),
    ).toBeTruthy();
    expect(document.getElementById('repair-reopen-until')?.textContent).toBe(
      '可在 11月29日 13:00 前重新打开（北京时间）',
    );
    expect(buttons()).toEqual(['repair-confirm', 'repair-reopen-start']);

    await click(screen.getByTestId('repair-confirm'));
    expect(screen.getByTestId('field-repair-rating-error').textContent).toBe('请评分');
    expect(mockCloud.callsTo('repair.confirm')).toEqual([]);

    await click(screen.getByTestId('repair-star-4'));
    expect(screen.getByTestId('repair-star-4').getAttribute('aria-checked')).toBe('true');
    expect(document.getElementById('repair-rating-word')?.textContent).toBe('4星 · 满意');
    await typeInto('repair-comment', ' 很及时 ');
    await click(screen.getByTestId('repair-confirm'));

    expect(mockCloud.callsTo('repair.confirm')).toEqual([{ repairId: 'rep-1', rating: 4, comment: '很及时' }]);
    await waitFor(() => expect(detail().getAttribute('data-status')).toBe('confirmed'));
    expect(document.getElementById('repair-rating')?.getAttribute('data-rating')).toBe('4');
    expect(buttons()).toEqual(['repair-reopen-start']);
  });

  it('reopens with a reason, which the contract requires', async () => {
    mockCloud.on('repair.detail', () => resolvedRepair());
    mockCloud.on('repair.reopen', () =>
      resolvedRepair({ status: 'reopened', reopenCount: 1, reopenUntil: null, can: [] }),
    );
    await openDetail();

    await click(screen.getByTestId('repair-reopen-start'));
    await click(screen.getByTestId('repair-reopen'));
    expect(screen.getByTestId('field-repair-reopen-reason-error').textContent).toBe('请填写内容');
    expect(mockCloud.callsTo('repair.reopen')).toEqual([]);

    await typeIntoTextArea('repair-reopen-reason', '又开始滴水了');
    await click(screen.getByTestId('repair-reopen'));
    expect(mockCloud.callsTo('repair.reopen')).toEqual([{ repairId: 'rep-1', reason: '又开始滴水了' }]);
    await waitFor(() => expect(detail().getAttribute('data-status')).toBe('reopened'));
    expect(buttons()).toEqual([]);
  });

  it('reads the report again when the server says it has moved on', async () => {
    mockCloud.on('repair.detail', () => resolvedRepair());
    mockCloud.on('repair.confirm', () => {
      throw new FakeFailure('REPAIR.ILLEGAL_TRANSITION', '报修单当前状态不能执行此操作，请刷新后查看');
    });
    await openDetail();
    mockCloud.on('repair.detail', () => resolvedRepair({ status: 'confirmed', rating: 5, can: [] }));
    await click(screen.getByTestId('repair-star-5'));
    await click(screen.getByTestId('repair-confirm'));

    expect(await screen.findByText('报修单当前状态不能执行此操作，请刷新后查看')).toBeTruthy();
    await waitFor(() => expect(detail().getAttribute('data-status')).toBe('confirmed'));
    expect(mockCloud.callsTo('repair.detail')).toHaveLength(2);
  });

  it('says the link is broken without an id, and shows the server refusing another household', async () => {
    taroStub.params = {};
    const { unmount } = render(<RepairDetailPage />);
    expect(await screen.findByText('报修单链接不完整，请从“我家的报修”进入')).toBeTruthy();
    unmount();

    taroStub.params = { id: 'rep-other' };
    mockCloud.on('repair.detail', () => {
      throw new FakeFailure('REPAIR.NOT_FOUND', '报修单不存在或您无权查看');
    });
    render(<RepairDetailPage />);
    expect(await screen.findByText('报修单不存在或您无权查看')).toBeTruthy();
  });
});
