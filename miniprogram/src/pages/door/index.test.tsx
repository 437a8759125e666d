import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../test/fake-cloud';
import { taroStub } from '../../../test/taro-stub';
import { careModeStore } from '../../care/care-mode-store';
import DoorPage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const SOUTH = { doorId: 'dev-cpd-1-gate-1', name: '南门', kind: 'gate', placeLabel: '阳光花园', uses: 3 };
const NORTH = { doorId: 'dev-cpd-1-gate-2', name: '北门', kind: 'gate', placeLabel: '阳光花园', uses: 0 };
const UNIT = { doorId: 'dev-cpd-1-b1-1', name: '1单元', kind: 'unit', placeLabel: '阳光花园 1栋', uses: 9 };

const doorsUp = () => mockCloud.on('door.doors', () => ({ doors: [SOUTH, NORTH, UNIT] }));
const door = (id: string) => document.getElementById(`door-${id}`) as HTMLElement;
const tap = async (id: string) => {
  await act(async () => {
    fireEvent.click(within(door(id)).getByTestId(`open-${id}`));
  });
};

/** A door.open the test settles by hand, to look at the page while the controller is still answering. */
function pendingOpen() {
  let settle: (value: unknown) => void = () => undefined;
  mockCloud.on('door.open', () => new Promise((resolve) => (settle = resolve)));
  return { confirm: (doorId: string) => settle({ doorId, openedAt: '2026-11-22T05:06:07.000Z', latencyMs: 420 }) };
}

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  careModeStore.reload();
});

describe('一键开门', () => {
  it('lists my doors most used first, each labelled gate or unit door', async () => {
    doorsUp();
    render(<DoorPage />);

    await waitFor(() => expect(document.getElementById('door-list')?.getAttribute('data-state')).toBe('ok'));
    const order = Array.from(document.querySelectorAll('[id^="door-dev-"]')).map((el) => el.id);
    expect(order).toEqual(['door-dev-cpd-1-b1-1', 'door-dev-cpd-1-gate-1', 'door-dev-cpd-1-gate-2']);
    expect(within(door(UNIT.doorId)).getByText('单元门')).toBeTruthy();
    expect(within(door(UNIT.doorId)).getByText('阳光花园 1栋')).toBeTruthy();
    expect(within(door(SOUTH.doorId)).getByText('小区大门')).toBeTruthy();
    expect(mockCloud.callsTo('door.doors')).toEqual([{}]);
  });

  it('says 开门中… while the controller answers, ignores more taps, then 已开门 with the Beijing time', async () => {
    doorsUp();
    const open = pendingOpen();
    render(<DoorPage />);
    await screen.findByText('南门');

    await tap(SOUTH.doorId);
    expect(door(SOUTH.doorId).getAttribute('data-state')).toBe('opening');
    expect(within(door(SOUTH.doorId)).getByText('开门中…')).toBeTruthy();
    expect(within(door(SOUTH.doorId)).getByRole('button').getAttribute('aria-busy')).toBe('true');

    await tap(SOUTH.doorId);
    await tap(SOUTH.doorId);
    expect(mockCloud.callsTo('door.open')).toEqual([{ doorId: SOUTH.doorId }]);

    await act(async () => open.confirm(SOUTH.doorId));
    await waitFor(() => expect(door(SOUTH.doorId).getAttribute('data-state')).toBe('opened'));
    expect(within(door(SOUTH.doorId)).getByText('已开门 13:06:07')).toBeTruthy();
    // The other doors were never touched.
    expect(door(NORTH.doorId).getAttribute('data-state')).toBe('idle');
  });

  it('does not send a second command when two taps land before the page re-renders', async () => {
    doorsUp();
    pendingOpen();
    render(<DoorPage />);
    await screen.findByText('1单元');
    const button = within(door(UNIT.doorId)).getByTestId(`open-${UNIT.doorId}`);
    await act(async () => {
      fireEvent.click(button);
      fireEvent.click(button);
    });
    expect(mockCloud.callsTo('door.open')).toHaveLength(1);
  });

  it.each([
    ['DOOR.DEVICE_OFFLINE', '门禁设备离线，请稍后再试或联系物业'],
    ['DOOR.DEVICE_TIMEOUT', '门禁设备没有及时响应，请再试一次'],
    ['DOOR.DEVICE_REJECTED', '门禁设备拒绝了开门指令，请联系物业'],
    ['DOOR.NOT_ENTITLED', '您没有这扇门的通行权限'],
    ['RATE.LIMITED', '操作太频繁，请稍后再试'],
  ] as const)('shows %s with its message, and the same button retries', async (code, message) => {
    doorsUp();
    mockCloud.on('door.open', () => {
      throw new FakeFailure(code, message);
    });
    render(<DoorPage />);
    await screen.findByText('北门');

    await tap(NORTH.doorId);
    await waitFor(() => expect(door(NORTH.doorId).getAttribute('data-state')).toBe('failed'));
    const alert = within(door(NORTH.doorId)).getByRole('alert');
    expect(alert.textContent).toBe(message);
    expect(alert.getAttribute('data-code')).toBe(code);
    expect(within(door(NORTH.doorId)).getByText('重试')).toBeTruthy();

    mockCloud.on('door.open', () => ({ doorId: NORTH.doorId, openedAt: '2026-11-22T05:10:00.000Z', latencyMs: 300 }));
    await tap(NORTH.doorId);
    await waitFor(() => expect(door(NORTH.doorId).getAttribute('data-state')).toBe('opened'));
    expect(within(door(NORTH.doorId)).queryByRole('alert')).toBeNull();
    expect(mockCloud.callsTo('door.open')).toEqual([{ doorId: NORTH.doorId }, { doorId: NORTH.doorId }]);
  });

  it('offers binding instead of doors when I have no approved room', async () => {
    mockCloud.on('door.doors', () => {
      throw new FakeFailure('AUTH.FORBIDDEN', '没有权限执行此操作');
    });
    render(<DoorPage />);

    await waitFor(() => expect(document.getElementById('no-doors')?.getAttribute('data-reason')).toBe('no-room'));
    expect(screen.queryByText('没有权限执行此操作')).toBeNull();
    fireEvent.click(screen.getByText('绑定房屋'));
    expect(taroStub.navigations).toEqual(['navigateTo /packages/room/bind/index']);
    expect(screen.queryByText('给访客发通行证')).toBeNull();
  });

  it('says so when my compound has no doors yet', async () => {
    mockCloud.on('door.doors', () => ({ doors: [] }));
    render(<DoorPage />);
    await waitFor(() => expect(document.getElementById('no-doors')?.getAttribute('data-reason')).toBe('no-doors'));
    expect(screen.getByText('暂无可开的门')).toBeTruthy();
  });

  it('shows why the list failed, and retries', async () => {
    mockCloud.on('door.doors', () => {
      throw new FakeFailure('UNAVAILABLE', '服务暂时不可用，请稍后再试');
    });
    render(<DoorPage />);
    expect(await screen.findByText('服务暂时不可用，请稍后再试')).toBeTruthy();

    doorsUp();
    await act(async () => {
      fireEvent.click(screen.getByText('重试'));
    });
    expect(await screen.findByText('南门')).toBeTruthy();
  });

  it('leads on to visitor passes', async () => {
    doorsUp();
    render(<DoorPage />);
    fireEvent.click(await screen.findByText('给访客发通行证'));
    fireEvent.click(screen.getByText('我发出的通行证'));
    expect(taroStub.navigations).toEqual([
      'navigateTo /packages/visitor/create/index',
      'navigateTo /packages/visitor/list/index',
    ]);
  });

  it('renders in care mode with the same doors and targets', async () => {
    taroStub.fontSizeSetting = 22;
    careModeStore.reload();
    doorsUp();
    render(<DoorPage />);
    await screen.findByText('南门');
    const root = document.querySelector('[data-care-mode]');
    expect(root?.getAttribute('data-care-mode')).toBe('on');
    expect(root?.classList.contains('page--care')).toBe(true);
    expect(within(door(SOUTH.doorId)).getByRole('button').getAttribute('tabindex')).toBe('0');
  });
});
