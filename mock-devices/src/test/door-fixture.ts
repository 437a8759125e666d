import { doorController } from '../door-controller/door-controller';
import type { DoorControllerOptions, DoorControllerSpec } from '../door-controller/door-controller-spec';
import { startMockDevices } from '../start';

export const HIK_SPEC: DoorControllerSpec = {
  id: 'hik-test',
  vendor: 'hikvision',
  name: '测试门禁',
  compoundId: 'cpd-test',
  doors: [
    { doorNo: 1, name: '南门' },
    { doorNo: 2, name: '北门' },
  ],
  username: 'admin',
  password: 'Secret#123',
};

export const DAHUA_SPEC: DoorControllerSpec = { ...HIK_SPEC, id: 'dahua-test', vendor: 'dahua', username: 'dh' };

/** A mock-devices server on 127.0.0.1 running the given controllers, and helpers to reach them. */
export async function startDoors(specs: DoorControllerSpec[], options: DoorControllerOptions = {}) {
  const mock = await startMockDevices({
    host: '127.0.0.1',
    port: 0,
    simulators: specs.map((spec) => doorController(spec, options)),
  });
  return {
    mock,
    /** The device's base URL (what a DeviceEndpoint carries). */
    base: (id: string) => `${mock.url}/devices/${id}`,
    /** `GET /devices`, typed loosely for assertions. */
    devices: async () => {
      const body = (await (await fetch(`${mock.url}/devices`)).json()) as { devices: Record<string, unknown>[] };
      return body.devices;
    },
    control: async (id: string, path: string, body?: unknown) => {
      const response = await fetch(`${mock.url}/devices/${id}/_control${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        ...(body !== undefined && { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    },
  };
}
