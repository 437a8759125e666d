import type { ApplicationRow, StaffProfile } from '@linli/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, fail, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { DeviceRow } from '../doors/access-labels';
import { NO_COUNTS, summary } from '../repairs/repair-kit';
import { AttentionCard } from './attention-card';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const WUYE = staffProfile();
const WEIXIU = staffProfile({ _id: 'staff-weixiu', account: 'weixiu', name: '李师傅', roles: ['worker'] });
const WANGGE = staffProfile({ _id: 'staff-grid', account: 'wangge', roles: ['grid'], scope: SCOPES.community });

function application(id: string): ApplicationRow {
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
  };
}

function device(id: string, isOnline: boolean): DeviceRow {
  return {
    deviceId: id,
    name: `设备${id}`,
    vendor: 'hikvision',
    placeLabel: '阳光花园',
    doors: [{ doorId: `${id}-1`, doorNo: 1, name: '南门' }],
    isOnline,
    lastSeenAt: null,
    lastLatencyMs: null,
    lastProblem: null,
  };
}

const applications = (count: number, nextCursor: string | null = null) =>
  ok({ items: Array.from({ length: count }, (_, i) => application(`m-${i}`)), nextCursor });
const board = (submitted: number, overdue: number) =>
  ok({ items: [], nextCursor: null, counts: { ...NO_COUNTS, submitted, assigned: 7 }, overdue });
const devices = (online: number, offline: number) =>
  ok({
    devices: [
      ...Array.from({ length: online }, (_, i) => device(`on-${i}`, true)),
      ...Array.from({ length: offline }, (_, i) => device(`off-${i}`, false)),
    ],
  });
const jobs = (count: number) =>
  ok({ items: Array.from({ length: count }, (_, i) => summary(`r-${i}`, { status: 'assigned' })), nextCursor: null });

/** Each line's link, by its visible text, once its count has arrived. */
async function lineLink(name: string | RegExp): Promise<HTMLElement> {
  const card = screen.getByRole('region', { name: '需要处理' });
  return within(card).findByRole('link', { name });
}

function linkNames(): string[] {
  const card = screen.getByRole('region', { name: '需要处理' });
  return within(card)
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

function sent(action: string): unknown[] {
  return mockTransport.mock.calls.filter(([, event]) => event.action === action).map(([, event]) => event.data);
}

function renderFor(staff: StaffProfile, withinId: string | null = null) {
  signIn(staff);
  return render(<AttentionCard staff={staff} withinId={withinId} />);
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
});

test("property staff see applications, repairs and offline devices with the server's numbers and links", async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': applications(3),
      'repair.board': board(5, 2),
      'door.devices': devices(3, 4),
    }),
  );
  renderFor(WUYE);

  const pending = await lineLink('待审核的入住申请 3 份');
  expect(pending.getAttribute('href')).toBe('#/approvals');
  const toDispatch = await lineLink('待派单的报修 5 单');
  expect(toDispatch.getAttribute('href')).toBe('#/repairs');
  const late = await lineLink('已超时的报修 2 单');
  expect(late.getAttribute('href')).toBe('#/repairs');
  const offline = await lineLink('离线的门禁设备 4 台');
  expect(offline.getAttribute('href')).toBe('#/doors');

  // Late and broken things wear the board's danger colour; plain work waiting does not.
  expect(within(late).getByText(/2/).className).toContain('badge--danger');
  expect(within(offline).getByText(/4/).className).toContain('badge--danger');
  expect(within(toDispatch).getByText(/5/).className).not.toContain('badge--danger');
  expect(linkNames()).not.toContainEqual(expect.stringContaining('工单'));

  expect(callNames(mockTransport).sort()).toEqual(['door.devices', 'membership.queue', 'repair.board']);
  expect(sent('queue')).toEqual([{ limit: 100 }]);
  expect(sent('board')).toEqual([{ limit: 1 }]);
  expect(sent('devices')).toEqual([{}]);
});

test('nothing waiting is said plainly, without a count to stand out', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': applications(0),
      'repair.board': board(0, 0),
      'door.devices': devices(2, 0),
    }),
  );
  renderFor(WUYE);

  for (const sentence of ['没有待审核的申请', '没有待派单的报修', '没有超时的报修', '没有离线的门禁设备']) {
    expect((await lineLink(sentence)).querySelector('.badge')).toBeNull();
  }
});

test('a full page with more behind it shows 100+', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': applications(100, 'cursor-2'),
      'repair.board': board(0, 0),
      'door.devices': devices(1, 0),
    }),
  );
  renderFor(WUYE);

  expect((await lineLink('待审核的入住申请 100+ 份')).getAttribute('href')).toBe('#/approvals');
});

test('a narrowed scope is sent with each call, so the counts match the pages they open', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': applications(1),
      'repair.board': board(1, 0),
      'door.devices': devices(0, 1),
    }),
  );
  renderFor(staffProfile({ roles: ['community'], scope: SCOPES.community }), 'cpd-1');

  await lineLink('离线的门禁设备 1 台');
  expect(sent('queue')).toEqual([{ limit: 100, within: 'cpd-1' }]);
  expect(sent('board')).toEqual([{ limit: 1, within: 'cpd-1' }]);
  expect(sent('devices')).toEqual([{ within: 'cpd-1' }]);
});

test('a worker sees their open jobs, and the controllers they may look after, but no dispatch or approvals', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'repair.jobs': jobs(2), 'door.devices': devices(3, 1) }));
  renderFor(WEIXIU);

  expect((await lineLink('我待处理的工单 2 单')).getAttribute('href')).toBe('#/jobs');
  await lineLink('离线的门禁设备 1 台');
  expect(linkNames()).toHaveLength(2);
  expect(callNames(mockTransport).sort()).toEqual(['door.devices', 'repair.jobs']);
  expect(sent('jobs')).toEqual([{ limit: 100 }]);
});

test('a grid member sees only the door controllers, the one action here grid may call', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'door.devices': devices(5, 3) }));
  renderFor(WANGGE);

  expect((await lineLink('离线的门禁设备 3 台')).getAttribute('href')).toBe('#/doors');
  expect(linkNames()).toEqual(['离线的门禁设备 3 台']);
  expect(callNames(mockTransport)).toEqual(['door.devices']);
});

test('a failing call marks its own line with 重试 while the others still show; 重试 calls it again', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': fail('INTERNAL'),
      'repair.board': board(6, 1),
      'door.devices': devices(2, 2),
    }),
  );
  renderFor(WUYE);

  const retry = await screen.findByRole('button', { name: '重试：待审核的入住申请' });
  const line = retry.closest('li') as HTMLElement;
  expect(line.textContent).toContain('暂时无法获取');
  expect(within(line).getByRole('link', { name: '待审核的入住申请' }).getAttribute('href')).toBe('#/approvals');
  await lineLink('待派单的报修 6 单');
  await lineLink('已超时的报修 1 单');
  await lineLink('离线的门禁设备 2 台');
  // The card is not a live region: a line failing is not read out over whatever the person is doing.
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByText('暂时无法获取').closest('[aria-live], [role="status"]')).toBeNull();

  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': applications(8),
      'repair.board': board(6, 1),
      'door.devices': devices(2, 2),
    }),
  );
  fireEvent.click(retry);

  expect(document.activeElement?.getAttribute('href')).toBe('#/approvals');
  await lineLink('待审核的入住申请 8 份');
  expect(screen.queryByText('暂时无法获取')).toBeNull();
  await waitFor(() => expect(sent('queue')).toHaveLength(2));
  expect(sent('board')).toHaveLength(1);
});

test('the repair lines share one call, so its failure marks both', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'membership.queue': applications(2),
      'repair.board': fail('INTERNAL'),
      'door.devices': devices(1, 0),
    }),
  );
  renderFor(WUYE);

  await screen.findByRole('button', { name: '重试：待派单的报修' });
  expect(screen.getByRole('button', { name: '重试：已超时的报修' })).toBeTruthy();
  expect(await lineLink('待审核的入住申请 2 份')).toBeTruthy();
  expect(await lineLink('没有离线的门禁设备')).toBeTruthy();
});
