import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, fail, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { RepairDetailPage } from './repair-detail-page';
import { actionButtons, detail, openRepair, sentTo } from './repair-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const MANAGED = detail('r-0001', { can: ['assign', 'merge', 'comment'] });

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('shows the problem, photos, visit window, a dialable phone and the timeline in Beijing time', async () => {
  const resolved = detail('r-0001', {
    status: 'resolved',
    assignee: { staffId: 'staff-weixiu', name: '李师傅' },
    timeline: [
      ...detail('r-0001').timeline,
      {
        at: '2026-11-22T16:30:00.000Z',
        action: 'finish',
        actorLabel: '李师傅（维修）',
        from: 'in_progress',
        to: 'resolved',
        note: '更换了接头',
        photos: [{ fileId: 'f-9', url: '/files/f-9?exp=1&sig=b' }],
      },
    ],
    completion: {
      note: '更换了接头',
      photos: [{ fileId: 'f-9', url: '/files/f-9?exp=1&sig=b' }],
      at: '2026-11-22T16:30:00.000Z',
    },
    rating: 4,
    ratingComment: '师傅很细心',
  });
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(resolved) }));
  await openRepair();

  expect(sentTo('detail')).toEqual([{ repairId: 'r-0001' }]);
  expect(screen.getByText(/柜子里已经积水/)).toBeTruthy();
  expect(screen.getByRole('link', { name: '13800000001' }).getAttribute('href')).toBe('tel:13800000001');
  expect(screen.getByText('2026-11-23 09:00–12:00')).toBeTruthy();
  expect(screen.getByText('图片暂不可用，请刷新页面')).toBeTruthy();
  const timeline = screen.getByRole('heading', { name: '处理进度' }).closest('section') as HTMLElement;
  const entries = within(timeline)
    .getAllByRole('listitem')
    .filter((item) => item.parentElement?.tagName === 'OL');
  expect(entries[0]?.textContent).toContain('提交报修');
  expect(entries[0]?.textContent).toContain('2026-11-22 13:00:00 · 待派单');
  expect(entries[1]?.textContent).toContain('李师傅（维修）');
  expect(entries[1]?.textContent).toContain('2026-11-23 00:30:00 · 维修中 → 待确认');
  expect(entries[1]?.textContent).toContain('更换了接头');
  expect(screen.getByRole('heading', { name: '完工情况' })).toBeTruthy();
  expect(screen.getByText('师傅很细心')).toBeTruthy();
  expect(screen.getByText('4 星', { exact: false })).toBeTruthy();
  expect(actionButtons()).toEqual([]);
});

test('a photo opens large on a tap', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(MANAGED) }));
  await openRepair();

  fireEvent.click(screen.getByRole('button', { name: '报修照片 1，点按放大' }));

  const dialog = screen.getByRole('dialog', { name: '报修照片（1/2）' });
  expect(within(dialog).getByRole('img').getAttribute('src')).toBe('/files/f-1?exp=1&sig=a');
});

test.each([
  [['assign', 'merge', 'comment'], undefined, ['派单', '合并', '备注']],
  [['assign', 'merge', 'comment'], { staffId: 'staff-weixiu', name: '李师傅' }, ['改派', '合并', '备注']],
  [['comment'], undefined, ['备注']],
  [['accept', 'comment'], undefined, ['接单', '备注']],
  [['start', 'comment'], undefined, ['开始维修', '备注']],
  [['finish', 'comment'], undefined, ['完工', '备注']],
] as const)('can %j (assignee %j) offers exactly %j', async (can, assignee, expected) => {
  const repair = detail('r-0001', { can: [...can], ...(assignee ? { assignee } : {}) });
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(repair) }));
  await openRepair();

  expect(actionButtons()).toEqual(expected);
});

test('a step someone else made impossible shows why and re-reads the repair, so the buttons match again', async () => {
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.detail': () => {
        reads += 1;
        return ok(
          reads === 1
            ? detail('r-0001', { status: 'assigned', can: ['accept', 'comment'] })
            : detail('r-0001', { status: 'assigned', can: ['comment'] }),
        );
      },
      'repair.accept': fail('REPAIR.ILLEGAL_TRANSITION'),
    }),
  );
  await openRepair();

  fireEvent.click(screen.getByRole('button', { name: '接单' }));

  expect((await screen.findByRole('alert')).textContent).toContain('报修单当前状态不能执行此操作，请刷新后查看');
  await waitFor(() => expect(actionButtons()).toEqual(['备注']));
  expect(callNames(mockTransport)).toEqual(['repair.detail', 'repair.accept', 'repair.detail']);
});

test("a repair the caller may not see shows the envelope's message", async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': fail('REPAIR.NOT_ASSIGNEE') }));
  render(<RepairDetailPage repairId="r-0001" withinId={null} back={{ path: '/repairs', label: '报修派单' }} />);

  expect((await screen.findByRole('alert')).textContent).toContain('这不是派给您的工单');
  expect(screen.getByRole('link', { name: '← 报修派单' }).getAttribute('href')).toBe('#/repairs');
});
