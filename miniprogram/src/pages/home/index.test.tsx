import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../test/fake-cloud';
import { membership, residentMe } from '../../../test/memberships';
import { taroStub } from '../../../test/taro-stub';
import HomePage from './index';

// The page gets a real typed client (so envelopes are validated as in the app) over a fake cloud the test drives.
const mockCloud = createFakeCloud();
jest.mock('../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const PING_OK = { pong: true, echo: null, serverTime: '2026-11-22T05:00:00.000Z', caller: 'anonymous' };
const VERSION_OK = { version: '0.1.0', runtime: 'local', store: 'sqlite', builtAt: '2026-11-22T04:00:00.000Z' };
const unavailable = () => {
  throw new FakeFailure('UNAVAILABLE', '服务暂时不可用，请稍后再试');
};

function serviceUp(): void {
  mockCloud.on('system.ping', () => PING_OK);
  mockCloud.on('system.version', () => VERSION_OK);
}

const statusCard = () => within(document.getElementById('ping-status') as HTMLElement);
const roomCard = () => document.getElementById('current-room') as HTMLElement;

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
});

describe('home page: service status', () => {
  beforeEach(() => {
    mockCloud.on('auth.me', () => residentMe([]));
  });

  it('pings the system function on load and shows the server time in Beijing time', async () => {
    serviceUp();
    render(<HomePage />);

    expect(screen.getByText('邻里')).toBeTruthy();
    expect(await statusCard().findByText('服务连接正常')).toBeTruthy();
    expect(statusCard().getByText(/2026-11-22 13:00:00/)).toBeTruthy();
    expect(statusCard().getByText('服务版本：0.1.0')).toBeTruthy();
    expect(document.getElementById('ping-status')?.getAttribute('data-state')).toBe('ok');
    expect(mockCloud.callsTo('system.ping')).toEqual([{}]);
    expect(document.getElementById('ping-retry')).toBeNull();
  });

  it('shows the server message and a retry button when the service is down, and retrying calls again', async () => {
    mockCloud.on('system.ping', unavailable);
    mockCloud.on('system.version', unavailable);
    render(<HomePage />);

    expect(await statusCard().findByText('暂时连不上服务')).toBeTruthy();
    expect(statusCard().getByText('服务暂时不可用，请稍后再试')).toBeTruthy();
    expect(statusCard().getByText('服务版本：暂时无法获取')).toBeTruthy();
    expect(mockCloud.callsTo('system.ping')).toHaveLength(1);

    serviceUp();
    await act(async () => {
      fireEvent.click(statusCard().getByText('重试'));
    });

    await waitFor(() => expect(mockCloud.callsTo('system.ping')).toHaveLength(2));
    expect(await statusCard().findByText('服务连接正常')).toBeTruthy();
    expect(statusCard().getByText('服务版本：0.1.0')).toBeTruthy();
  });

  it('treats a network failure as the service being unavailable', async () => {
    mockCloud.on('system.ping', () => {
      throw new Error('socket hang up');
    });
    mockCloud.on('system.version', () => VERSION_OK);
    render(<HomePage />);

    expect(await statusCard().findByText('暂时连不上服务')).toBeTruthy();
  });

  it('refuses a reply that breaks the contract instead of showing it', async () => {
    mockCloud.on('system.ping', () => ({ pong: true, serverTime: 'yesterday' }));
    mockCloud.on('system.version', () => VERSION_OK);
    render(<HomePage />);

    expect(await statusCard().findByText('暂时连不上服务')).toBeTruthy();
    expect(statusCard().getByText('系统开小差了，请稍后再试')).toBeTruthy();
    expect(screen.queryByText(/yesterday/)).toBeNull();
  });
});

describe('home page: my room', () => {
  beforeEach(serviceUp);

  it('offers 绑定房屋 prominently when I have no room, and no owner tiles', async () => {
    mockCloud.on('auth.me', () => residentMe([], null));
    render(<HomePage />);

    await waitFor(() => expect(roomCard().getAttribute('data-state')).toBe('none'));
    fireEvent.click(within(roomCard()).getByText('绑定房屋'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/room/bind/index']);
    expect(screen.getAllByText('绑定房屋')).toHaveLength(1);
    expect(screen.queryByText('邀请家人')).toBeNull();
  });

  it('puts 一键开门, 访客通行 and 报事报修 one tap away once I have an approved current room', async () => {
    mockCloud.on('auth.me', () => residentMe([membership({ roomId: 'r1', isCurrent: true, role: 'tenant' })]));
    render(<HomePage />);

    await waitFor(() => expect(roomCard().getAttribute('data-state')).toBe('current'));
    fireEvent.click(screen.getByText('一键开门'));
    fireEvent.click(screen.getByText('访客通行'));
    fireEvent.click(screen.getByText('报事报修'));
    expect(taroStub.navigations).toEqual([
      'navigateTo /pages/door/index',
      'navigateTo /packages/visitor/create/index',
      'navigateTo /packages/repair/submit/index',
    ]);
  });

  it('has no door, visitor or repair entry while the binding is pending', async () => {
    mockCloud.on('auth.me', () => residentMe([membership({ roomId: 'r1', status: 'pending' })]));
    render(<HomePage />);
    await waitFor(() => expect(roomCard().getAttribute('data-state')).toBe('pending'));
    expect(document.getElementById('open-door-entry')).toBeNull();
    expect(screen.queryByText('访客通行')).toBeNull();
    expect(screen.queryByText('报事报修')).toBeNull();
  });

  it('says the binding is under review while it is pending', async () => {
    mockCloud.on('auth.me', () => residentMe([membership({ roomId: 'r1', status: 'pending', role: 'tenant' })]));
    render(<HomePage />);

    await waitFor(() => expect(roomCard().getAttribute('data-state')).toBe('pending'));
    expect(within(roomCard()).getByText('房屋认证审核中')).toBeTruthy();
    expect(within(roomCard()).getByText('阳光花园 r1（租户）已提交，等待物业审核')).toBeTruthy();
  });

  it('shows the current room with its role, owner tiles, and switches to another approved room', async () => {
    const current = membership({ roomId: 'r1', isCurrent: true });
    const other = membership({ roomId: 'r2', role: 'family' });
    mockCloud.on('auth.me', () => residentMe([current, other]));
    mockCloud.on('membership.switchRoom', () => ({ currentRoomId: 'r2' }));
    taroStub.actionSheetTap = 0;
    render(<HomePage />);

    await waitFor(() => expect(roomCard().getAttribute('data-state')).toBe('current'));
    expect(document.getElementById('current-room-label')?.textContent).toBe('阳光花园 r1');
    expect(within(roomCard()).getByText('业主')).toBeTruthy();
    expect(screen.getByText('邀请家人')).toBeTruthy();
    expect(screen.getByText('房屋成员')).toBeTruthy();

    await act(async () => {
      fireEvent.click(within(roomCard()).getByText('切换房屋'));
    });
    await waitFor(() => expect(mockCloud.callsTo('membership.switchRoom')).toEqual([{ roomId: 'r2' }]));
    await waitFor(() => expect(mockCloud.callsTo('auth.me')).toHaveLength(2));
  });

  it('in the browser without a session, offers the demo-account page', async () => {
    mockCloud.on('auth.me', () => {
      throw new FakeFailure('AUTH.UNAUTHENTICATED', '请先登录');
    });
    render(<HomePage />);

    await waitFor(() => expect(roomCard().getAttribute('data-state')).toBe('error'));
    fireEvent.click(within(roomCard()).getByText('选择演示账号'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/dev/login/index']);
  });
});
