import { REPAIR_STATUSES, type RepairDetail } from '@linli/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, fail, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { RepairDetailPage } from './repair-detail-page';
import { detail, sentTo, summary, WORKERS } from './repair-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const NO_COUNTS = Object.fromEntries(REPAIR_STATUSES.map((status) => [status, 0]));
const BACK = { path: '/repairs', label: '报修派单' };
const MANAGED = detail('r-0001', { can: ['assign', 'merge', 'comment'] });

function openPage(withinId: string | null = 'cpd-1') {
  render(<RepairDetailPage repairId="r-0001" withinId={withinId} back={BACK} />);
  return screen.findByRole('heading', { level: 1, name: '厨房水管漏水' });
}

function actionButtons(): string[] {
  const group = screen.queryByRole('group', { name: '处理报修' });
  return group
    ? within(group)
        .getAllByRole('button')
        .map((button) => button.textContent ?? '')
    : [];
}

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
  await openPage();

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
  await openPage();

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
  await openPage();

  expect(actionButtons()).toEqual(expected);
});

test('派单 lists workers with duty and load, and sends the chosen one; the answer replaces the repair', async () => {
  const assigned: RepairDetail = {
    ...MANAGED,
    status: 'assigned',
    assignee: { staffId: 'staff-wang', name: '王师傅' },
    can: ['assign', 'merge', 'comment'],
  };
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.detail': ok(MANAGED),
      'repair.workers': ok({ workers: WORKERS }),
      'repair.assign': ok(assigned),
    }),
  );
  await openPage();

  fireEvent.click(screen.getByRole('button', { name: '派单' }));
  const dialog = screen.getByRole('dialog', { name: '派单' });
  const li = await within(dialog).findByRole('radio', { name: /李师傅/ });
  expect(li.closest('label')?.textContent).toContain('在岗');
  expect(li.closest('label')?.textContent).toContain('手上 2 单 · 水电、门窗');
  const wang = within(dialog).getByRole('radio', { name: /王师傅/ });
  expect(wang.closest('label')?.textContent).toContain('休息');
  expect(wang.closest('label')?.textContent).toContain('不接此类');
  expect(sentTo('workers')).toEqual([{ within: 'cpd-1' }]);

  fireEvent.click(within(dialog).getByRole('button', { name: '确认派单' }));
  expect(within(dialog).getByText('请选择维修师傅，或使用自动派单')).toBeTruthy();
  expect(sentTo('assign')).toEqual([]);

  fireEvent.click(wang);
  fireEvent.click(within(dialog).getByRole('button', { name: '确认派单' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('assign')).toEqual([{ repairId: 'r-0001', workerId: 'staff-wang' }]);
  expect(screen.getByText('已派单给 王师傅')).toBeTruthy();
  expect(actionButtons()).toEqual(['改派', '合并', '备注']);
  expect(screen.getByText('已派单', { selector: '.badge' })).toBeTruthy();
  expect(sentTo('detail')).toHaveLength(1);
});

test('自动派单 sends no worker; a refusal stays in the dialog with the envelope’s message', async () => {
  let attempts = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.detail': ok(MANAGED),
      'repair.workers': ok({ workers: WORKERS }),
      'repair.assign': () => {
        attempts += 1;
        return attempts === 1
          ? fail('REPAIR.NO_WORKER')
          : ok({ ...MANAGED, status: 'assigned', assignee: { staffId: 'staff-weixiu', name: '李师傅' } });
      },
    }),
  );
  await openPage(null);

  fireEvent.click(screen.getByRole('button', { name: '派单' }));
  const dialog = screen.getByRole('dialog', { name: '派单' });
  await within(dialog).findByRole('radio', { name: /李师傅/ });
  expect(sentTo('workers')).toEqual([{}]);

  fireEvent.click(within(dialog).getByRole('button', { name: '自动派单' }));
  expect((await within(dialog).findByRole('alert')).textContent).toContain('暂无在岗的维修师傅可派，请手动选择');

  fireEvent.click(within(dialog).getByRole('button', { name: '自动派单' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('assign')).toEqual([{ repairId: 'r-0001' }, { repairId: 'r-0001' }]);
  expect(screen.getByText('已派单给 李师傅')).toBeTruthy();
});

test('合并 sends the picked repair, a typed id, or the id of a typed number; a refusal stays in the dialog', async () => {
  const original = summary('r-0042', { number: 'BX20261121-0042', title: '1栋楼道漏水', status: 'assigned' });
  const merged = {
    ...MANAGED,
    status: 'merged' as const,
    can: [],
    mergedInto: { repairId: 'r-0042', number: 'BX20261121-0042' },
  };
  let merges = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'repair.detail': ok(MANAGED),
      'repair.board': (data: { status: string }) =>
        ok({
          items: data.status === 'assigned' ? [original] : [summary('r-0001')],
          nextCursor: null,
          counts: NO_COUNTS,
          overdue: 0,
        }),
      'repair.merge': () => {
        merges += 1;
        return merges < 3 ? fail('REPAIR.MERGE_INVALID') : ok(merged);
      },
    }),
  );
  await openPage();

  fireEvent.click(screen.getByRole('button', { name: '合并' }));
  const dialog = screen.getByRole('dialog', { name: '合并重复报修' });
  const option = await within(dialog).findByRole('radio', { name: /BX20261121-0042 · 1栋楼道漏水/ });
  // The repair itself is never offered as its own original.
  expect(within(dialog).getAllByRole('radio')).toHaveLength(1);
  expect(sentTo('board')).toContainEqual({
    status: 'submitted',
    category: 'water_electric',
    limit: 30,
    within: 'cpd-1',
  });
  const submit = () => fireEvent.click(within(dialog).getByRole('button', { name: '确认合并' }));
  const typeTarget = (value: string) =>
    fireEvent.change(within(dialog).getByLabelText('或输入报修单编号'), { target: { value } });

  submit();
  expect(within(dialog).getByText('请选择或输入要合并到的报修单')).toBeTruthy();

  fireEvent.click(option);
  submit();
  expect((await within(dialog).findByRole('alert')).textContent).toContain('只能合并到同一小区内未关闭的其他报修单');

  typeTarget('r-0077');
  submit();
  await waitFor(() => expect(sentTo('merge')).toHaveLength(2));

  typeTarget('bx20261121-0042');
  submit();
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('merge')).toEqual([
    { repairId: 'r-0001', intoId: 'r-0042' },
    { repairId: 'r-0001', intoId: 'r-0077' },
    { repairId: 'r-0001', intoId: 'r-0042' },
  ]);
  expect(screen.getByText('已合并到 BX20261121-0042')).toBeTruthy();
  expect(actionButtons()).toEqual([]);
});

test('备注 asks for text and sends it as a staff comment', async () => {
  const commented = {
    ...MANAGED,
    timeline: [
      ...MANAGED.timeline,
      {
        at: '2026-11-22T06:00:00.000Z',
        action: 'comment' as const,
        actorLabel: '孙物业（物业）',
        from: 'submitted' as const,
        to: 'submitted' as const,
        note: '住户下午在家',
        photos: [],
      },
    ],
  };
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': ok(MANAGED), 'repair.comment': ok(commented) }));
  await openPage();

  fireEvent.click(screen.getByRole('button', { name: '备注' }));
  const dialog = screen.getByRole('dialog', { name: '添加备注' });
  fireEvent.click(within(dialog).getByRole('button', { name: '保存备注' }));
  expect(within(dialog).getByText('请填写备注内容')).toBeTruthy();

  fireEvent.change(within(dialog).getByLabelText('备注内容'), { target: { value: '住户下午在家' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '保存备注' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('comment')).toEqual([{ repairId: 'r-0001', text: '住户下午在家' }]);
  expect(screen.getByText('住户下午在家')).toBeTruthy();
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
  await openPage();

  fireEvent.click(screen.getByRole('button', { name: '接单' }));

  expect((await screen.findByRole('alert')).textContent).toContain('报修单当前状态不能执行此操作，请刷新后查看');
  await waitFor(() => expect(actionButtons()).toEqual(['备注']));
  expect(callNames(mockTransport)).toEqual(['repair.detail', 'repair.accept', 'repair.detail']);
});

test("a repair the caller may not see shows the envelope's message", async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'repair.detail': fail('REPAIR.NOT_ASSIGNEE') }));
  render(<RepairDetailPage repairId="r-0001" withinId={null} back={BACK} />);

  expect((await screen.findByRole('alert')).textContent).toContain('这不是派给您的工单');
  expect(screen.getByRole('link', { name: '← 报修派单' }).getAttribute('href')).toBe('#/repairs');
});
