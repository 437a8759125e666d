import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud } from '../../../test/fake-cloud';
import { membership, residentMe } from '../../../test/memberships';
import { taroStub } from '../../../test/taro-stub';
import MePage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const CURRENT = membership({ roomId: 'r-current', isCurrent: true });
const APPROVED = membership({ roomId: 'r-approved', role: 'family' });
const PENDING = membership({ roomId: 'r-pending', status: 'pending', role: 'tenant' });
const REJECTED = membership({ roomId: 'r-rejected', status: 'rejected', reason: '房产证信息不符' });
const REVOKED = membership({ roomId: 'r-revoked', status: 'revoked', role: 'tenant', reason: '业主解除' });

const card = (roomId: string) => within(screen.getByTestId(`room-${roomId}`));

async function renderWith(memberships = [CURRENT, APPROVED, PENDING, REJECTED, REVOKED]) {
  mockCloud.on('auth.me', () => residentMe(memberships));
  render(<MePage />);
  await screen.findByTestId(`room-${memberships[0]?.roomId}`);
}

async function click(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
});

describe('我的: my rooms', () => {
  it('shows every room with its status badge, the reason for a refusal, and only the actions that apply', async () => {
    await renderWith();
    expect(document.getElementById('me-greeting')?.textContent).toBe('您好，陈晨');

    const statusOf = (roomId: string) =>
      screen.getByTestId(`room-${roomId}`).querySelector('[data-status]')?.textContent;
    expect(statusOf('r-current')).toBe('已认证');
    expect(statusOf('r-pending')).toBe('待审核');
    expect(statusOf('r-rejected')).toBe('未通过');
    expect(statusOf('r-revoked')).toBe('已解除');

    expect(card('r-current').getByText('当前房屋')).toBeTruthy();
    expect(card('r-current').queryByText('设为当前')).toBeNull();
    expect(card('r-current').getByText('邀请家人/租户')).toBeTruthy();
    expect(card('r-current').getByText('房屋成员')).toBeTruthy();

    expect(card('r-approved').getByText('设为当前')).toBeTruthy();
    expect(card('r-approved').queryByText('邀请家人/租户')).toBeNull(); // family, not owner

    expect(card('r-pending').getByText('撤回申请')).toBeTruthy();
    expect(card('r-pending').getByText('2026-11-20 10:00 已提交，等待物业审核')).toBeTruthy();

    expect(card('r-rejected').getByText('未通过原因：房产证信息不符')).toBeTruthy();
    expect(card('r-rejected').getByText('重新申请')).toBeTruthy();
    expect(card('r-revoked').getByText('解除原因：业主解除')).toBeTruthy();
  });

  it('says so when I have no room yet and leads to 绑定房屋', async () => {
    mockCloud.on('auth.me', () => residentMe([], null));
    render(<MePage />);
    await screen.findByTestId('no-rooms');
    expect(document.getElementById('me-greeting')?.textContent).toBe('您好');
    await click(screen.getByText('绑定房屋'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/room/bind/index']);
  });

  it('设为当前 switches the room and reads my rooms again', async () => {
    mockCloud.on('membership.switchRoom', () => ({ currentRoomId: 'r-approved' }));
    await renderWith();
    mockCloud.on('auth.me', () =>
      residentMe([{ ...CURRENT, isCurrent: false }, { ...APPROVED, isCurrent: true }, PENDING]),
    );
    await click(card('r-approved').getByText('设为当前'));

    expect(mockCloud.callsTo('membership.switchRoom')).toEqual([{ roomId: 'r-approved' }]);
    await waitFor(() => expect(card('r-approved').getByText('当前房屋')).toBeTruthy());
    expect(card('r-current').getByText('设为当前')).toBeTruthy();
  });

  it('撤回申请 asks first and withdraws only when confirmed', async () => {
    mockCloud.on('membership.cancel', () => ({ ...PENDING, status: 'revoked', reason: '申请人撤回' }));
    await renderWith();

    taroStub.confirms = false;
    await click(card('r-pending').getByText('撤回申请'));
    expect(taroStub.modals).toHaveLength(1);
    expect(mockCloud.callsTo('membership.cancel')).toEqual([]);

    taroStub.confirms = true;
    mockCloud.on('auth.me', () => residentMe([CURRENT, { ...PENDING, status: 'revoked', reason: '申请人撤回' }]));
    await click(card('r-pending').getByText('撤回申请'));
    expect(taroStub.modals[1]?.content).toBe('确定撤回「阳光花园 r-pending」的绑定申请吗？');
    expect(mockCloud.callsTo('membership.cancel')).toEqual([{ membershipId: 'm-r-pending' }]);
    await waitFor(() =>
      expect(screen.getByTestId('room-r-pending').querySelector('[data-status]')?.textContent).toBe('已解除'),
    );
  });

  it('an owner page for a room that is not current makes it current first', async () => {
    const otherOwned = membership({ roomId: 'r-owned' });
    mockCloud.on('membership.switchRoom', () => ({ currentRoomId: 'r-owned' }));
    await renderWith([CURRENT, otherOwned]);

    await click(card('r-owned').getByText('房屋成员'));
    await waitFor(() => expect(taroStub.navigations).toHaveLength(1));
    expect(mockCloud.callsTo('membership.switchRoom')).toEqual([{ roomId: 'r-owned' }]);
    expect(taroStub.navigations[0]).toBe(
      `navigateTo /packages/room/household/index?roomId=r-owned&label=${encodeURIComponent('阳光花园 r-owned')}`,
    );
  });
});
