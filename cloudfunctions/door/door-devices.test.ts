import { DEMO_DOOR_CONTROLLERS, deviceBaseUrl } from '@linli/mock-devices';
import { DEVICES, type DeviceDoc } from '../core/use-cases/door/collections';
import { codeOf, type DoorCloud, startDoorCloud } from './test-kit';

/** Staff put controllers into service, change and remove them; residents' doors follow. */
let cloud: DoorCloud;
let wuye: string;
let gateUrl: string;
const GATE = DEMO_DOOR_CONTROLLERS.find((device) => device.id === 'dev-cpd-1-gate');
const UNIT_DOORS = DEMO_DOOR_CONTROLLERS.find((device) => device.id === 'dev-cpd-1-b1');

beforeAll(async () => {
  cloud = await startDoorCloud('door-devices');
  wuye = await cloud.staff('wuye');
  gateUrl = deviceBaseUrl(cloud.mock.url, 'dev-cpd-1-gate');
});
afterAll(() => cloud.tearDown());

function newGate(overrides: Record<string, unknown> = {}) {
  return {
    vendor: 'hikvision' as const,
    name: '东门门禁',
    compoundId: 'cpd-1',
    baseUrl: gateUrl,
    username: GATE?.username ?? '',
    password: GATE?.password ?? '',
    doors: [{ doorNo: 1, name: '东门' }],
    ...overrides,
  };
}

async function myDoorNames(openid: string): Promise<string[]> {
  const { doors } = await cloud.ok(cloud.resident(openid), 'doors', {});
  return doors.map((door) => door.name);
}

test('a new controller is probed at once, its doors reach residents, and its password never comes back', async () => {
  const { device } = await cloud.ok(wuye, 'saveDevice', newGate());
  expect(device).toMatchObject({
    name: '东门门禁',
    vendor: 'hikvision',
    placeLabel: '阳光花园',
    isOnline: true,
    lastProblem: null,
    doors: [{ doorNo: 1, name: '东门', doorId: `${device.deviceId}-1` }],
  });
  expect(device.deviceId).toMatch(/^dev-/);
  expect(await myDoorNames('demo-owner-zhang')).toContain('东门');
  const opened = await cloud.ok(cloud.resident('demo-owner-zhang'), 'open', { doorId: `${device.deviceId}-1` });
  expect(opened.doorId).toBe(`${device.deviceId}-1`);

  const { device: settings } = await cloud.ok(wuye, 'device', { deviceId: device.deviceId });
  expect(settings).toEqual({
    deviceId: device.deviceId,
    vendor: 'hikvision',
    name: '东门门禁',
    compoundId: 'cpd-1',
    baseUrl: gateUrl,
    username: GATE?.username,
    doors: [{ doorNo: 1, name: '东门' }],
  });
  const stored = await cloud.store.collection<DeviceDoc>(DEVICES).get(device.deviceId);
  expect(JSON.stringify(stored)).not.toContain(GATE?.password);
});

test('wrong credentials are saved but reported, and an edit without a password keeps the stored one', async () => {
  const { device } = await cloud.ok(wuye, 'saveDevice', newGate({ name: '西门门禁', password: 'not-the-password' }));
  expect(device.isOnline).toBe(false);
  expect(device.lastProblem).toEqual(expect.any(String));

  const fixed = await cloud.ok(wuye, 'saveDevice', {
    ...newGate({ name: '西门门禁' }),
    deviceId: device.deviceId,
  });
  expect(fixed.device.isOnline).toBe(true);
  const renamed = await cloud.ok(wuye, 'saveDevice', {
    ...newGate({ name: '西门门禁（新）', password: undefined }),
    deviceId: device.deviceId,
  });
  expect(renamed.device).toMatchObject({ deviceId: device.deviceId, name: '西门门禁（新）', isOnline: true });
});

test('a unit-door controller serves its building only; dropped doors stop being offered', async () => {
  const input = {
    vendor: 'hikvision' as const,
    name: '1栋门禁（备用）',
    compoundId: 'cpd-1',
    buildingId: 'cpd-1-b1',
    baseUrl: deviceBaseUrl(cloud.mock.url, 'dev-cpd-1-b1'),
    username: UNIT_DOORS?.username ?? '',
    password: UNIT_DOORS?.password ?? '',
    doors: [
      { doorNo: 1, name: '1单元备用门', unitId: 'cpd-1-b1-u1' },
      { doorNo: 2, name: '2单元备用门', unitId: 'cpd-1-b1-u2' },
    ],
  };
  const { device } = await cloud.ok(wuye, 'saveDevice', input);
  expect(device).toMatchObject({ placeLabel: expect.stringContaining('1'), isOnline: true });
  // Zhang lives in building 1, unit 1; Zhao in building 1, unit 2.
  expect(await myDoorNames('demo-owner-zhang')).toContain('1单元备用门');
  expect(await myDoorNames('demo-tenant-zhao')).not.toContain('1单元备用门');

  await cloud.ok(wuye, 'saveDevice', { ...input, deviceId: device.deviceId, doors: input.doors.slice(1) });
  const { device: settings } = await cloud.ok(wuye, 'device', { deviceId: device.deviceId });
  expect(settings.doors).toEqual([{ doorNo: 2, name: '2单元备用门', unitId: 'cpd-1-b1-u2' }]);
  expect(await myDoorNames('demo-owner-zhang')).not.toContain('1单元备用门');
  expect(codeOf(await cloud.call(cloud.resident('demo-owner-zhang'), 'open', { doorId: `${device.deviceId}-1` }))).toBe(
    'DOOR.NOT_ENTITLED',
  );
});

test('a building door of no unit opens for that building’s residents only', async () => {
  const building = (buildingId: string, name: string) => ({
    vendor: 'hikvision' as const,
    name: `${name}控制器`,
    compoundId: 'cpd-1',
    buildingId,
    baseUrl: deviceBaseUrl(cloud.mock.url, 'dev-cpd-1-b1'),
    username: UNIT_DOORS?.username ?? '',
    password: UNIT_DOORS?.password ?? '',
    doors: [{ doorNo: 3, name }],
  });
  await cloud.ok(wuye, 'saveDevice', building('cpd-1-b1', '1栋地库门'));
  await cloud.ok(wuye, 'saveDevice', building('cpd-1-b2', '2栋地库门'));
  for (const openid of ['demo-owner-zhang', 'demo-tenant-zhao']) {
    const names = await myDoorNames(openid);
    expect([openid, names.includes('1栋地库门'), names.includes('2栋地库门')]).toEqual([openid, true, false]);
  }
});

test('removing a controller takes its doors away and keeps the access log', async () => {
  const { device } = await cloud.ok(
    wuye,
    'saveDevice',
    newGate({ name: '临时门禁', doors: [{ doorNo: 1, name: '临时门' }] }),
  );
  await cloud.ok(cloud.resident('demo-owner-zhang'), 'open', { doorId: `${device.deviceId}-1` });
  expect(await cloud.ok(wuye, 'removeDevice', { deviceId: device.deviceId })).toEqual({ removed: true });
  expect(await myDoorNames('demo-owner-zhang')).not.toContain('临时门');
  expect((await cloud.ok(wuye, 'devices', {})).devices.map((d) => d.deviceId)).not.toContain(device.deviceId);
  const log = await cloud.ok(wuye, 'accessLog', { doorId: `${device.deviceId}-1` });
  expect(log.items).toEqual([expect.objectContaining({ doorName: '临时门', result: 'opened' })]);
  expect(codeOf(await cloud.call(wuye, 'device', { deviceId: device.deviceId }))).toBe('RESOURCE.NOT_FOUND');
});

test('outside one’s compound, unknown places and a new device without a password: refused, nothing written', async () => {
  const xingguang = await cloud.staff('xingguang');
  const before = cloud.fingerprint();
  const refusals = [
    [xingguang, newGate(), 'AUTH.OUT_OF_SCOPE'],
    [xingguang, { ...newGate(), deviceId: 'dev-cpd-1-gate' }, 'AUTH.OUT_OF_SCOPE'],
    [wuye, newGate({ compoundId: 'cpd-1-b1' }), 'RESOURCE.NOT_FOUND'],
    [wuye, newGate({ compoundId: 'no-such-place' }), 'RESOURCE.NOT_FOUND'],
    [wuye, newGate({ buildingId: 'cpd-2-b1' }), 'RESOURCE.NOT_FOUND'],
    [wuye, newGate({ doors: [{ doorNo: 1, name: '东门', unitId: 'cpd-1-b1-u1' }] }), 'VALIDATION.FAILED'],
    [
      wuye,
      newGate({ buildingId: 'cpd-1-b1', doors: [{ doorNo: 1, name: '东门', unitId: 'cpd-1-b2-u1' }] }),
      'RESOURCE.NOT_FOUND',
    ],
    [wuye, newGate({ password: undefined }), 'VALIDATION.FAILED'],
    [wuye, newGate({ baseUrl: 'ftp://10.0.0.5/' }), 'VALIDATION.FAILED'],
    [wuye, newGate({ baseUrl: 'not a url' }), 'VALIDATION.FAILED'],
    [wuye, newGate({ baseUrl: 'http://169.254.0.23/' }), 'VALIDATION.FAILED'],
    [wuye, newGate({ baseUrl: 'http://metadata.tencentyun.com/latest' }), 'VALIDATION.FAILED'],
    [wuye, newGate({ baseUrl: 'http://[fe80::1]/' }), 'VALIDATION.FAILED'],
    [
      wuye,
      newGate({
        doors: [
          { doorNo: 1, name: '甲' },
          { doorNo: 1, name: '乙' },
        ],
      }),
      'VALIDATION.FAILED',
    ],
    [wuye, { ...newGate(), deviceId: 'dev-nobody' }, 'RESOURCE.NOT_FOUND'],
  ] as const;
  for (const [token, input, code] of refusals) {
    expect([input.name, codeOf(await cloud.call(token, 'saveDevice', input))]).toEqual([input.name, code]);
  }
  const unpicked = await cloud.call(wuye, 'saveDevice', newGate({ compoundId: '', password: '   ' }));
  expect(unpicked).toMatchObject({
    ok: false,
    error: {
      code: 'VALIDATION.FAILED',
      issues: expect.arrayContaining([
        { path: 'compoundId', message: '必填' },
        { path: 'password', message: '密码不能全是空格' },
      ]),
    },
  });
  expect(codeOf(await cloud.call(xingguang, 'removeDevice', { deviceId: 'dev-cpd-1-gate' }))).toBe('AUTH.OUT_OF_SCOPE');
  expect(codeOf(await cloud.call(xingguang, 'device', { deviceId: 'dev-cpd-1-gate' }))).toBe('AUTH.OUT_OF_SCOPE');
  expect(cloud.fingerprint()).toBe(before);
});
