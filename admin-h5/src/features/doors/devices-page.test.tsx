import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, deferred, fail, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { DeviceRow } from './access-labels';
import { DevicesPage } from './devices-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const GATE: DeviceRow = {
  deviceId: 'dev-cpd-1-gate',
  name: '小区大门',
  vendor: 'hikvision',
  placeLabel: '阳光花园',
  doors: [
    { doorId: 'dev-cpd-1-gate-1', doorNo: 1, name: '南门' },
    { doorId: 'dev-cpd-1-gate-2', doorNo: 2, name: '北门' },
  ],
  isOnline: true,
  lastSeenAt: '2026-11-22T05:00:00.000Z',
  lastLatencyMs: 182,
  lastProblem: null,
};
const B3: DeviceRow = {
  deviceId: 'dev-cpd-1-b3',
  name: '3栋单元门',
  vendor: 'dahua',
  placeLabel: '阳光花园 3栋',
  doors: [{ doorId: 'dev-cpd-1-b3-1', doorNo: 1, name: '1单元' }],
  isOnline: false,
  lastSeenAt: '2026-11-21T16:30:00.000Z',
  lastLatencyMs: 2400,
  lastProblem: '连接超时',
};
const WUYE = staffProfile();
const NEVER: DeviceRow = { ...B3, deviceId: 'dev-new', name: '新装设备', lastSeenAt: null, lastLatencyMs: null };

function devicesCalls(): unknown[] {
  return mockTransport.mock.calls.filter(([fn, event]) => fn === 'door' && event.action === 'devices');
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('each controller shows its status, last contact in Beijing time, latency, vendor, place and doors', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'door.devices': ok({ devices: [GATE, B3, NEVER] }) }));
  render(<DevicesPage withinId={null} staff={WUYE} />);

  const gate = await screen.findByTestId('device-dev-cpd-1-gate');
  for (const text of [
    '小区大门',
    '在线',
    '阳光花园',
    '海康威视',
    '2026-11-22 13:00:00',
    '182 毫秒',
    '1号 南门',
    '2号 北门',
  ]) {
    expect(gate.textContent).toContain(text);
  }
  const b3 = screen.getByTestId('device-dev-cpd-1-b3');
  for (const text of ['离线：连接超时', '大华', '阳光花园 3栋', '2026-11-22 00:30:00', '2.4 秒', '1号 1单元']) {
    expect(b3.textContent).toContain(text);
  }
  expect(within(b3).getByText('离线').className).toContain('badge--danger');
  expect(b3.className).toContain('device-card--offline');
  expect(gate.className).not.toContain('device-card--offline');
  expect(gate.textContent).not.toContain('离线');
  expect(screen.getByTestId('device-dev-new').textContent).toContain('从未连接');
  expect(screen.getByText('共 3 台设备：在线 1 台，离线 2 台')).toBeTruthy();
  expect(devicesCalls()).toEqual([['door', { action: 'devices', data: {}, token: 'staff-token' }]]);
});

test('the narrowed scope is sent as within', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'door.devices': ok({ devices: [] }) }));
  render(<DevicesPage withinId="cpd-2" staff={WUYE} />);

  expect(await screen.findByText('这里还没有门禁设备。')).toBeTruthy();
  expect(mockTransport.mock.calls[0]?.[1].data).toEqual({ within: 'cpd-2' });
});

test('刷新 re-reads the status with the cards left on screen', async () => {
  const second = deferred<unknown>();
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'door.devices': () => {
        reads += 1;
        return reads === 1 ? ok({ devices: [GATE, B3] }) : second.promise;
      },
    }),
  );
  render(<DevicesPage withinId={null} staff={WUYE} />);
  await screen.findByTestId('device-dev-cpd-1-b3');

  fireEvent.click(screen.getByRole('button', { name: '刷新' }));

  const busy = screen.getByRole('button', { name: '正在刷新…' });
  expect(busy).toHaveProperty('disabled', true);
  expect(screen.getByTestId('device-dev-cpd-1-b3').textContent).toContain('离线');
  expect(screen.queryByText('正在加载…')).toBeNull();

  second.resolve(ok({ devices: [GATE, { ...B3, isOnline: true }] }));

  await waitFor(() => expect(screen.getByText('共 2 台设备：在线 2 台，离线 0 台')).toBeTruthy());
  expect(screen.getByTestId('device-dev-cpd-1-b3').textContent).toContain('在线');
  expect(screen.getByRole('button', { name: '刷新' })).toHaveProperty('disabled', false);
  expect(devicesCalls()).toHaveLength(2);
});

test("a failed read shows the envelope's message and request id, and 重试 reads again", async () => {
  let reads = 0;
  mockTransport.mockImplementation(
    cloudAnswering({
      'door.devices': () => {
        reads += 1;
        return reads === 1 ? fail('AUTH.OUT_OF_SCOPE') : ok({ devices: [GATE] });
      },
    }),
  );
  render(<DevicesPage withinId="cpd-3" staff={WUYE} />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('超出您的管辖范围');
  expect(alert.textContent).toContain('请求编号：req-test');

  fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
  await screen.findByTestId('device-dev-cpd-1-gate');
  expect(screen.queryByRole('alert')).toBeNull();
});

test('an online controller shows no problem even if one was left over from an earlier probe', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({ 'door.devices': ok({ devices: [{ ...GATE, lastProblem: 'HTTP 401 Unauthorized' }] }) }),
  );
  render(<DevicesPage withinId={null} staff={WUYE} />);

  const gate = await screen.findByTestId('device-dev-cpd-1-gate');
  expect(gate.textContent).not.toContain('HTTP 401');
});

test.each([
  ['admin', staffProfile({ roles: ['admin'], scope: SCOPES.platform })],
  ['street', staffProfile({ roles: ['street'], scope: SCOPES.street })],
  ['community', staffProfile({ roles: ['community'], scope: SCOPES.community })],
  ['property', WUYE],
])('a %s may add controllers, and edit or delete each one', async (_role, staff) => {
  mockTransport.mockImplementation(cloudAnswering({ 'door.devices': ok({ devices: [GATE, B3] }) }));
  render(<DevicesPage withinId={null} staff={staff} />);

  await screen.findByTestId('device-dev-cpd-1-gate');
  expect(screen.getByRole('link', { name: '添加设备' }).getAttribute('href')).toBe('#/doors/devices/new');
  const b3 = screen.getByTestId('device-dev-cpd-1-b3');
  expect(
    within(b3)
      .getByRole('link', { name: /^编辑\s?「3栋单元门」$/ })
      .getAttribute('href'),
  ).toBe('#/doors/devices/dev-cpd-1-b3');
  expect(within(b3).getByRole('button', { name: REMOVE_B3 })).toBeTruthy();
});

test.each([
  ['worker', staffProfile({ roles: ['worker'] })],
  ['grid', staffProfile({ roles: ['grid'], scope: SCOPES.community })],
])('a %s sees the controllers but no 添加, 编辑 or 删除', async (_role, staff) => {
  mockTransport.mockImplementation(cloudAnswering({ 'door.devices': ok({ devices: [GATE, B3] }) }));
  render(<DevicesPage withinId={null} staff={staff} />);

  await screen.findByTestId('device-dev-cpd-1-gate');
  expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
  expect(screen.queryByRole('link', { name: /添加|编辑/ })).toBeNull();
  expect(screen.queryByRole('button', { name: /删除/ })).toBeNull();
});

// The device's name is visually hidden inside the button; jsdom joins it with a space, browsers do not.
const REMOVE_B3 = /^删除\s?「3栋单元门」$/;

function removeCalls(): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'door' && event.action === 'removeDevice')
    .map(([, event]) => event.data);
}

test('删除 asks first, naming the controller and its doors; only the confirmation removes it', async () => {
  let isRemoved = false;
  mockTransport.mockImplementation(
    cloudAnswering({
      'door.devices': () => ok({ devices: isRemoved ? [GATE] : [GATE, B3] }),
      'door.removeDevice': () => {
        isRemoved = true;
        return ok({ removed: true });
      },
    }),
  );
  render(<DevicesPage withinId={null} staff={WUYE} />);
  await screen.findByTestId('device-dev-cpd-1-b3');

  fireEvent.click(screen.getByRole('button', { name: REMOVE_B3 }));
  let dialog = screen.getByRole('dialog', { name: '删除门禁设备' });
  expect(dialog.textContent).toContain('确定删除「3栋单元门」（阳光花园 3栋）吗？');
  expect(dialog.textContent).toContain('住户将无法再用它开门（1单元）');
  fireEvent.click(within(dialog).getByRole('button', { name: '取消' }));
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(removeCalls()).toEqual([]);

  fireEvent.click(screen.getByRole('button', { name: REMOVE_B3 }));
  dialog = screen.getByRole('dialog', { name: '删除门禁设备' });
  fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));

  expect(await screen.findByText('已删除「3栋单元门」，住户已看不到它的门')).toBeTruthy();
  expect(screen.queryByRole('dialog')).toBeNull();
  expect(removeCalls()).toEqual([{ deviceId: 'dev-cpd-1-b3' }]);
  await waitFor(() => expect(screen.queryByTestId('device-dev-cpd-1-b3')).toBeNull());
  expect(screen.getByTestId('device-dev-cpd-1-gate')).toBeTruthy();
  expect(devicesCalls()).toHaveLength(2);
});

test('a refused removal is shown in the dialog and the controller stays', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'door.devices': ok({ devices: [GATE, B3] }),
      'door.removeDevice': fail('AUTH.OUT_OF_SCOPE'),
    }),
  );
  render(<DevicesPage withinId={null} staff={WUYE} />);
  await screen.findByTestId('device-dev-cpd-1-b3');

  fireEvent.click(screen.getByRole('button', { name: REMOVE_B3 }));
  const dialog = screen.getByRole('dialog', { name: '删除门禁设备' });
  fireEvent.click(within(dialog).getByRole('button', { name: '删除' }));

  const alert = await within(dialog).findByRole('alert');
  expect(alert.textContent).toContain('超出您的管辖范围');
  expect(within(dialog).getByRole('button', { name: '删除' })).toHaveProperty('disabled', false);
  expect(screen.queryByText(/已删除/)).toBeNull();
  expect(screen.getByTestId('device-dev-cpd-1-b3')).toBeTruthy();
  expect(devicesCalls()).toHaveLength(1);
});
