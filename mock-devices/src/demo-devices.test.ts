import { DEMO_DOOR_CONTROLLERS, SPARE_DOOR_CONTROLLERS } from './demo-devices';
import { deviceBaseUrl } from './door-controller/door-controller';
import { startMockDevices } from './start';
import { DigestClient } from './test/digest-client';

const probePath = { hikvision: '/ISAPI/System/deviceInfo', dahua: '/cgi-bin/magicBox.cgi?action=getDeviceType' };

describe('demo door controllers', () => {
  it('cover the gates and every unit of 阳光花园, with both vendors and distinct credentials', () => {
    expect(DEMO_DOOR_CONTROLLERS.map((spec) => [spec.id, spec.vendor])).toEqual([
      ['dev-cpd-1-gate', 'hikvision'],
      ['dev-cpd-1-b1', 'hikvision'],
      ['dev-cpd-1-b2', 'hikvision'],
      ['dev-cpd-1-b3', 'dahua'],
    ]);
    expect(DEMO_DOOR_CONTROLLERS[0]?.doors.map((door) => door.name)).toEqual(['南门', '北门']);
    const unitDoors = DEMO_DOOR_CONTROLLERS.flatMap((spec) => spec.doors.filter((door) => door.unitId));
    expect(unitDoors.map((door) => door.unitId)).toEqual([
      'cpd-1-b1-u1',
      'cpd-1-b1-u2',
      'cpd-1-b2-u1',
      'cpd-1-b2-u2',
      'cpd-1-b3-u1',
      'cpd-1-b3-u2',
    ]);
    expect(new Set(DEMO_DOOR_CONTROLLERS.map((spec) => spec.password)).size).toBe(DEMO_DOOR_CONTROLLERS.length);
  });

  it('run by default, each answering only its own credentials', async () => {
    const mock = await startMockDevices({ host: '127.0.0.1', port: 0 });
    try {
      const all = [...DEMO_DOOR_CONTROLLERS, ...SPARE_DOOR_CONTROLLERS];
      expect(await (await fetch(`${mock.url}/health`)).json()).toEqual({ ok: true, devices: 6 });
      expect(mock.devices.map((device) => device.id)).toEqual(all.map((spec) => spec.id));
      for (const [index, spec] of all.entries()) {
        const url = `${deviceBaseUrl(mock.url, spec.id)}${probePath[spec.vendor]}`;
        const own = await new DigestClient(spec.username, spec.password).request(url);
        expect(own.final.status).toBe(200);
        const other = all[(index + 1) % all.length];
        const foreign = await new DigestClient(other?.username ?? '', other?.password ?? '').request(url);
        expect(foreign.final.status).toBe(401);
      }
      expect(mock.devices[0]).toMatchObject({ online: true, compoundId: 'cpd-1', eventCount: 0, pushHost: null });
    } finally {
      await mock.close();
    }
  });
});
