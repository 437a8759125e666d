import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, deferred, fail, ok, signIn } from '../../testing/fake-cloud';
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
  render(<DevicesPage withinId={null} />);

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
  for (const text of ['离线', '大华', '阳光花园 3栋', '2026-11-22 00:30:00', '2.4 秒', '1号 1单元']) {
    expect(b3.textContent).toContain(text);
  }
  expect(within(b3).getByText('离线').className).toContain('badge--danger');
  expect(b3.className).toContain('device-card--offline');
  expect(gate.className).not.toContain('device-card--offline');
  expect(screen.getByTestId('device-dev-new').textContent).toContain('从未连接');
  expect(screen.getByText('共 3 台设备：在线 1 台，离线 2 台')).toBeTruthy();
  expect(devicesCalls()).toEqual([['door', { action: 'devices', data: {}, token: 'staff-token' }]]);
});

test('the narrowed scope is sent as within', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'door.devices': ok({ devices: [] }) }));
  render(<DevicesPage withinId="cpd-2" />);

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
  render(<DevicesPage withinId={null} />);
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
  render(<DevicesPage withinId="cpd-3" />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('超出您的管辖范围');
  expect(alert.textContent).toContain('请求编号：req-test');

  fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
  await screen.findByTestId('device-dev-cpd-1-gate');
  expect(screen.queryByRole('alert')).toBeNull();
});
