import type { RepairDetail } from '@linli/shared';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, fail, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { actionButtons, detail, NO_COUNTS, openRepair, sentTo, summary, WORKERS } from './repair-kit';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

/** A submitted repair as a dispatcher sees it: 派单, 合并 and 备注 offered. */
const MANAGED = detail('r-0001', { can: ['assign', 'merge', 'comment'] });

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('派单 lists the repair’s workers with duty and load, sends the chosen one, and shows the answer', async () => {
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
  await openRepair();

  fireEvent.click(screen.getByRole('button', { name: '派单' }));
  const dialog = screen.getByRole('dialog', { name: '派单' });
  const li = await within(dialog).findByRole('radio', { name: /李师傅/ });
  expect(li.closest('label')?.textContent).toContain('在岗');
  expect(li.closest('label')?.textContent).toContain('手上 2 单 · 水电、门窗');
  const wang = within(dialog).getByRole('radio', { name: /王师傅/ });
  expect(wang.closest('label')?.textContent).toContain('休息');
  expect(wang.closest('label')?.textContent).toContain('不接此类');
  // Asked by the repair, whatever the list is narrowed to: the server knows the repair's compound.
  expect(sentTo('workers')).toEqual([{ repairId: 'r-0001' }]);

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
  // A community manager over the whole community, not narrowed to the repair's compound.
  signIn(staffProfile({ roles: ['community'], scope: SCOPES.community }));
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
  await openRepair(null);

  fireEvent.click(screen.getByRole('button', { name: '派单' }));
  const dialog = screen.getByRole('dialog', { name: '派单' });
  await within(dialog).findByRole('radio', { name: /李师傅/ });
  expect(sentTo('workers')).toEqual([{ repairId: 'r-0001' }]);

  fireEvent.click(within(dialog).getByRole('button', { name: '自动派单' }));
  expect((await within(dialog).findByRole('alert')).textContent).toContain('暂无在岗的维修师傅可派，请手动选择');

  fireEvent.click(within(dialog).getByRole('button', { name: '自动派单' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('assign')).toEqual([{ repairId: 'r-0001' }, { repairId: 'r-0001' }]);
  expect(screen.getByText('已派单给 李师傅')).toBeTruthy();
});

test('合并 sends the picked repair, or what was typed as is (number in any case, or id); a refusal stays', async () => {
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
  await openRepair();

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

  typeTarget('  bx20261121-0042 ');
  submit();
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(sentTo('merge')).toEqual([
    { repairId: 'r-0001', intoId: 'r-0042' },
    { repairId: 'r-0001', intoId: 'r-0077' },
    { repairId: 'r-0001', intoId: 'bx20261121-0042' },
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
  await openRepair();

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
