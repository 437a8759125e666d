import type { ApplicationRow } from '@linli/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, deferred, fail, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { ApprovalsPage } from './approvals-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

function application(id: string, overrides: Partial<ApplicationRow> = {}): ApplicationRow {
  return {
    _id: id,
    roomId: 'cpd-1-b1-u1-101',
    roomLabel: '阳光花园 1栋 1单元 101',
    role: 'tenant',
    status: 'pending',
    name: '王租户',
    phone: '13900000003',
    idNumberMasked: '110***********1234',
    appliedAt: '2026-11-22T05:00:00.000Z',
    reason: null,
    ...overrides,
  };
}

const WANG = application('m-wang');
const LI = application('m-li', { name: '李家属', role: 'family', roomLabel: '阳光花园 1栋 1单元 102' });

function queueCalls(): Array<Record<string, unknown>> {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'membership' && event.action === 'queue')
    .map(([, event]) => event.data as Record<string, unknown>);
}

function row(id: string): HTMLElement {
  return screen.getByTestId(`application-${id}`);
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('pending applications show room, role, applicant, phone, masked ID and Beijing time', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'membership.queue': ok({ items: [WANG], nextCursor: null }) }));
  render(<ApprovalsPage withinId={null} />);

  const card = await screen.findByTestId('application-m-wang');
  for (const text of [
    '阳光花园 1栋 1单元 101',
    '租户',
    '王租户',
    '13900000003',
    '110***********1234',
    '2026-11-22 13:00:00',
  ]) {
    expect(card.textContent).toContain(text);
  }
  expect(queueCalls()).toEqual([{ status: 'pending', limit: 20 }]);
  expect(screen.getByRole('tab', { name: '待审核' }).getAttribute('aria-selected')).toBe('true');
});

test('通过 disables the row while the decision is in flight, then re-reads the queue', async () => {
  const decision = deferred<unknown>();
  let decided = false;
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': () => ok({ items: decided ? [LI] : [WANG, LI], nextCursor: null }),
      'membership.decide': () => decision.promise,
    }),
  );
  render(<ApprovalsPage withinId={null} />);
  await screen.findByTestId('application-m-wang');

  fireEvent.click(within(row('m-wang')).getByRole('button', { name: '通过' }));

  expect(within(row('m-wang')).getByRole('button', { name: '通过' })).toHaveProperty('disabled', true);
  expect(within(row('m-wang')).getByRole('button', { name: '驳回' })).toHaveProperty('disabled', true);
  expect(within(row('m-li')).getByRole('button', { name: '通过' })).toHaveProperty('disabled', false);
  const sent = mockTransport.mock.calls.find(([, event]) => event.action === 'decide')?.[1];
  expect(sent).toEqual({
    action: 'decide',
    data: { membershipId: 'm-wang', decision: 'approve' },
    token: 'staff-token',
  });

  decided = true;
  decision.resolve(ok({ ...WANG, status: 'approved' }));

  await waitFor(() => expect(screen.queryByTestId('application-m-wang')).toBeNull());
  expect(screen.getByText('已通过 王租户（阳光花园 1栋 1单元 101）的申请')).toBeTruthy();
  expect(queueCalls()).toHaveLength(2);
});

test('驳回 asks for a reason and will not send without one', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': ok({ items: [WANG], nextCursor: null }),
      'membership.decide': (data: { reason?: string }) => ok({ ...WANG, status: 'rejected', reason: data.reason }),
    }),
  );
  render(<ApprovalsPage withinId={null} />);
  await screen.findByTestId('application-m-wang');

  fireEvent.click(within(row('m-wang')).getByRole('button', { name: '驳回' }));
  const dialog = screen.getByRole('dialog', { name: '驳回申请' });
  expect(document.activeElement).toBe(within(dialog).getByLabelText('驳回原因'));

  fireEvent.change(within(dialog).getByLabelText('驳回原因'), { target: { value: '   ' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '确认驳回' }));
  expect(within(dialog).getByText('请填写驳回原因')).toBeTruthy();
  expect(callNames(mockTransport)).not.toContain('membership.decide');

  fireEvent.change(within(dialog).getByLabelText('驳回原因'), { target: { value: '租赁合同照片不清晰' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '确认驳回' }));

  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  const sent = mockTransport.mock.calls.find(([, event]) => event.action === 'decide')?.[1].data;
  expect(sent).toEqual({ membershipId: 'm-wang', decision: 'reject', reason: '租赁合同照片不清晰' });
  expect(screen.getByText('已驳回 王租户（阳光花园 1栋 1单元 101）的申请')).toBeTruthy();
});

test('an application someone else already decided is reported and the queue refreshed', async () => {
  let queueReads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': () => {
        queueReads += 1;
        return ok({ items: queueReads === 1 ? [WANG] : [], nextCursor: null });
      },
      'membership.decide': fail('MEMBERSHIP.NOT_PENDING'),
    }),
  );
  render(<ApprovalsPage withinId={null} />);
  await screen.findByTestId('application-m-wang');

  fireEvent.click(within(row('m-wang')).getByRole('button', { name: '通过' }));

  expect((await screen.findByRole('alert')).textContent).toContain('该申请已处理，无需重复操作');
  await waitFor(() => expect(screen.getByText('没有待审核的申请。')).toBeTruthy());
  expect(queueReads).toBe(2);
});

test('tabs switch the status, the scope narrows the queue, and 加载更多 follows the cursor', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': (data: { cursor?: string; status: string }) =>
        data.cursor === 'c2'
          ? ok({ items: [application('m-3', { status: 'approved', name: '张业主' })], nextCursor: null })
          : ok({ items: [application('m-2', { status: data.status as 'approved' })], nextCursor: 'c2' }),
    }),
  );
  render(<ApprovalsPage withinId="cpd-2" />);
  await screen.findByTestId('application-m-2');

  fireEvent.click(screen.getByRole('tab', { name: '已认证' }));
  await waitFor(() => expect(queueCalls().at(-1)).toEqual({ status: 'approved', limit: 20, within: 'cpd-2' }));
  await screen.findByTestId('application-m-2');
  expect(screen.getByRole('button', { name: '解除认证' })).toBeTruthy();

  fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
  await screen.findByTestId('application-m-3');
  expect(queueCalls().at(-1)).toEqual({ status: 'approved', limit: 20, within: 'cpd-2', cursor: 'c2' });
  expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
  expect(screen.getByText('共 2 条申请')).toBeTruthy();
});
