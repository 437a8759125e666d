import { DEMO_DOOR_CONTROLLERS, deviceBaseUrl, SPARE_DOOR_CONTROLLERS } from '@linli/mock-devices';
import { DEVICES, type DeviceDoc } from '../core/use-cases/door/collections';
import { codeOf, type DoorCloud, startDoorCloud } from './test-kit';

/** Staff put controllers into service, change and remove them; residents' doors follow. */
let cloud: DoorCloud;
let wuye: string;

type Spec = (typeof DEMO_DOOR_CONTROLLERS)[number];
const spec = (id: string): Spec => {
  const found = [...DEMO_DOOR_CONTROLLERS, ...SPARE_DOOR_CONTROLLERS].find((controller) => controller.id === id);
  if (!found) throw new Error(`no controller ${id} in mock-devices`);
  return found;
};

beforeAll(async () => {
  cloud = await startDoorCloud('door-devices');
  wuye = await cloud.staff('wuye');
});
afterAll(() => cloud.tearDown());

/** What staff type into the form for a controller mock-devices runs (its real address and login). */
function registration(controllerId: string, overrides: Record<string, unknown> = {}) {
  const controller = spec(controllerId);
  return {
    vendor: controller.vendor,
    name: controller.name,
    compoundId: controller.compoundId,
    ...(controller.buildingId && { buildingId: controller.buildingId }),
    baseUrl: deviceBaseUrl(cloud.mock.url, controller.id),
    username: controller.username,
    password: controller.password,
    doors: controller.doors.map(({ doorNo, name, unitId }) => ({ doorNo, name, ...(unitId && { unitId }) })),
    ...overrides,
  };
}

async function myDoorNames(openid: string): Promise<string[]> {
  const { doors } = await cloud.ok(cloud.resident(openid), 'doors', {});
  return doors.map((door) => door.name);
}

let eastId = '';

test('a new controller is probed at once, its doors reach residents, and its password never comes back', async () => {
  const { device } = await cloud.ok(wuye, 'saveDevice', registration('dev-cpd-1-east'));
  eastId = device.deviceId;
  expect(device).toMatchObject({
    name: '阳光花园 东门',
    vendor: 'hikvision',
    placeLabel: '阳光花园',
    isOnline: true,
    lastProblem: null,
    doors: [{ doorNo: 1, name: '东门', doorId: `${eastId}-1` }],
  });
  expect(eastId).toMatch(/^dev-/);
  expect(await myDoorNames('demo-owner-zhang')).toContain('东门');
  const before = await cloud.deviceEvents('dev-cpd-1-east');
  await cloud.ok(cloud.resident('demo-owner-zhang'), 'open', { doorId: `${eastId}-1` });
  expect(await cloud.deviceEvents('dev-cpd-1-east')).toBe(before + 1);

  const { device: settings } = await cloud.ok(wuye, 'device', { deviceId: eastId });
  expect(settings).toEqual({
    deviceId: eastId,
    vendor: 'hikvision',
    name: '阳光花园 东门',
    compoundId: 'cpd-1',
    compoundLabel: '阳光花园',
    baseUrl: deviceBaseUrl(cloud.mock.url, 'dev-cpd-1-east'),
    username: 'linli-east',
    doors: [{ doorNo: 1, name: '东门' }],
  });
  const stored = await cloud.store.collection<DeviceDoc>(DEVICES).get(eastId);
  expect(JSON.stringify(stored)).not.toContain(spec('dev-cpd-1-east').password);
});

test('wrong credentials are saved but reported, and an edit without a password keeps the stored one', async () => {
  const wrong = registration('dev-cpd-1-west', { password: 'not-the-password' });
  const { device } = await cloud.ok(wuye, 'saveDevice', wrong);
  expect(device).toMatchObject({ vendor: 'dahua', isOnline: false, lastProblem: expect.any(String) });

  const fixed = await cloud.ok(wuye, 'saveDevice', { ...registration('dev-cpd-1-west'), deviceId: device.deviceId });
  expect(fixed.device.isOnline).toBe(true);
  const renamed = await cloud.ok(wuye, 'saveDevice', {
    ...registration('dev-cpd-1-west', { name: '西门（人行）', password: undefined }),
    deviceId: device.deviceId,
  });
  expect(renamed.device).toMatchObject({ deviceId: device.deviceId, name: '西门（人行）', isOnline: true });
});

test('an edit that drops a unit door takes it from that unit’s residents only', async () => {
  // Zhang lives in building 1, unit 1; Zhao in building 1, unit 2.
  expect(await myDoorNames('demo-owner-zhang')).toContain('1单元');
  const b1 = registration('dev-cpd-1-b1', { password: undefined });
  await cloud.ok(wuye, 'saveDevice', { ...b1, deviceId: 'dev-cpd-1-b1', doors: b1.doors.slice(1) });
  const { device: settings } = await cloud.ok(wuye, 'device', { deviceId: 'dev-cpd-1-b1' });
  expect(settings.doors).toEqual([{ doorNo: 2, name: '2单元', unitId: 'cpd-1-b1-u2' }]);
  expect(await myDoorNames('demo-owner-zhang')).not.toContain('1单元');
  expect(await myDoorNames('demo-tenant-zhao')).toContain('2单元');
  const dropped = await cloud.call(cloud.resident('demo-owner-zhang'), 'open', { doorId: 'dev-cpd-1-b1-1' });
  expect(codeOf(dropped)).toBe('DOOR.NOT_ENTITLED');
});

test('a building door of no unit opens for that building’s residents only', async () => {
  for (const building of [1, 2]) {
    const id = `dev-cpd-1-b${building}`;
    const input = registration(id, { password: undefined });
    const doors = [...input.doors, { doorNo: 3, name: `${building}栋地库门` }];
    await cloud.ok(wuye, 'saveDevice', { ...input, deviceId: id, doors });
  }
  for (const openid of ['demo-owner-zhang', 'demo-tenant-zhao']) {
    const names = await myDoorNames(openid);
    expect([openid, names.includes('1栋地库门'), names.includes('2栋地库门')]).toEqual([openid, true, false]);
  }
});

test('removing a controller takes its doors away and keeps the access log', async () => {
  expect(await cloud.ok(wuye, 'removeDevice', { deviceId: eastId })).toEqual({ removed: true });
  expect(await myDoorNames('demo-owner-zhang')).not.toContain('东门');
  expect((await cloud.ok(wuye, 'devices', {})).devices.map((d) => d.deviceId)).not.toContain(eastId);
  const log = await cloud.ok(wuye, 'accessLog', { doorId: `${eastId}-1` });
  expect(log.items).toEqual([expect.objectContaining({ doorName: '东门', result: 'opened' })]);
  expect(codeOf(await cloud.call(wuye, 'device', { deviceId: eastId }))).toBe('RESOURCE.NOT_FOUND');
  // The controller can be put into service again.
  expect((await cloud.ok(wuye, 'saveDevice', registration('dev-cpd-1-east'))).device.isOnline).toBe(true);
});

test('outside one’s compound, unknown places, a registered address, bad input: refused, nothing written', async () => {
  const xingguang = await cloud.staff('xingguang');
  const unregistered = (overrides: Record<string, unknown> = {}) =>
    registration('dev-cpd-1-east', { baseUrl: deviceBaseUrl(cloud.mock.url, 'dev-nowhere'), ...overrides });
  const gate = registration('dev-cpd-1-gate');
  const before = cloud.fingerprint();
  const refusals = [
    [xingguang, unregistered(), 'AUTH.OUT_OF_SCOPE'],
    [xingguang, { ...gate, deviceId: 'dev-cpd-1-gate' }, 'AUTH.OUT_OF_SCOPE'],
    [wuye, unregistered({ compoundId: 'cpd-1-b1' }), 'RESOURCE.NOT_FOUND'],
    [wuye, unregistered({ compoundId: 'no-such-place' }), 'RESOURCE.NOT_FOUND'],
    [wuye, unregistered({ buildingId: 'cpd-2-b1' }), 'RESOURCE.NOT_FOUND'],
    [wuye, unregistered({ doors: [{ doorNo: 1, name: '东门', unitId: 'cpd-1-b1-u1' }] }), 'VALIDATION.FAILED'],
    [
      wuye,
      unregistered({ buildingId: 'cpd-1-b1', doors: [{ doorNo: 1, name: '东门', unitId: 'cpd-1-b2-u1' }] }),
      'RESOURCE.NOT_FOUND',
    ],
    [wuye, gate, 'RESOURCE.CONFLICT'],
    [wuye, { ...gate, baseUrl: `${gate.baseUrl}/` }, 'RESOURCE.CONFLICT'],
    [wuye, { ...registration('dev-cpd-1-b2'), deviceId: 'dev-cpd-1-b3' }, 'RESOURCE.CONFLICT'],
    [wuye, unregistered({ password: undefined }), 'VALIDATION.FAILED'],
    [wuye, unregistered({ baseUrl: 'ftp://10.0.0.5/' }), 'VALIDATION.FAILED'],
    [wuye, unregistered({ baseUrl: 'not a url' }), 'VALIDATION.FAILED'],
    [wuye, unregistered({ baseUrl: 'http://169.254.0.23/' }), 'VALIDATION.FAILED'],
    [wuye, unregistered({ baseUrl: 'http://metadata.tencentyun.com/latest' }), 'VALIDATION.FAILED'],
    [wuye, unregistered({ baseUrl: 'http://[fe80::1]/' }), 'VALIDATION.FAILED'],
    [
      wuye,
      unregistered({
        doors: [
          { doorNo: 1, name: '甲' },
          { doorNo: 1, name: '乙' },
        ],
      }),
      'VALIDATION.FAILED',
    ],
    [wuye, { ...unregistered(), deviceId: 'dev-nobody' }, 'RESOURCE.NOT_FOUND'],
  ] as const;
  for (const [index, [token, input, code]] of refusals.entries()) {
    expect([index, codeOf(await cloud.call(token, 'saveDevice', input))]).toEqual([index, code]);
  }
  const twin = await cloud.call(wuye, 'saveDevice', gate);
  expect(twin).toMatchObject({ ok: false, error: { message: expect.stringContaining('阳光花园 大门') } });
  const unpicked = await cloud.call(wuye, 'saveDevice', unregistered({ compoundId: '', password: '   ' }));
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
