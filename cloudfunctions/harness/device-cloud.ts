import { type MockDevices, startMockDevices } from '@linli/mock-devices';
import type { Contract } from '@linli/shared';
import { readConfig } from '../core/env';
import type { Handler } from '../core/handler/define-handler';
import { systemClock } from '../core/ports/clock';
import { registerDemoDevices } from '../local/demo-devices';
import { exportPublicUrl } from './env';
import { type FunctionCloud, startFunctionCloud } from './function-cloud';

export type DeviceCloud<C extends Contract> = FunctionCloud<C> & {
  mock: MockDevices;
  /** Sets a demo controller's faults through mock-devices' control API. */
  fault(deviceId: string, faults: Record<string, unknown>): Promise<void>;
  /** How many events the controller itself logged (a remote open the device performed is one). */
  deviceEvents(deviceId: string): Promise<number>;
};

/**
 * A function on a seeded data folder, with the demo compound's door controllers running in mock-devices and
 * registered at their address, as `npm start` does. `publicUrl` is where links and webhooks point.
 */
export async function startDeviceCloud<C extends Contract>(
  prefix: string,
  main: Handler<C>,
  publicUrl = 'http://linli.test',
): Promise<DeviceCloud<C>> {
  exportPublicUrl(publicUrl);
  const mock = await startMockDevices({ host: '127.0.0.1', port: 0 });
  const cloud = await startFunctionCloud(prefix, main.contract, main);
  await registerDemoDevices(cloud.store, {
    idKey: readConfig().LINLI_ID_KEY ?? '',
    clock: systemClock,
    mockDevicesUrl: mock.url,
  });
  const control = (deviceId: string, path = '') => `${mock.url}/devices/${deviceId}/_control${path}`;
  return {
    ...cloud,
    mock,
    async fault(deviceId, faults) {
      const response = await fetch(control(deviceId), { method: 'POST', body: JSON.stringify(faults) });
      if (!response.ok) throw new Error(`fault ${deviceId}: ${response.status}`);
    },
    async deviceEvents(deviceId) {
      const body = (await (await fetch(control(deviceId, '/events'))).json()) as { events: unknown[] };
      return body.events.length;
    },
    async tearDown() {
      await cloud.tearDown();
      await mock.close();
    },
  };
}
