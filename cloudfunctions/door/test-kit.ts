import type { doorContract } from '@linli/shared';
import { type DeviceCloud, startDeviceCloud } from '../harness/device-cloud';
import { main } from './index';

export { codeOf } from '../harness/function-cloud';

export type DoorCloud = DeviceCloud<typeof doorContract> & {
  /** Runs the devices timer as CloudBase would. */
  checkDevices(): Promise<unknown>;
};

export async function startDoorCloud(prefix: string, publicUrl?: string): Promise<DoorCloud> {
  const cloud = await startDeviceCloud(prefix, main, publicUrl);
  return {
    ...cloud,
    checkDevices: () =>
      main({ Type: 'Timer', TriggerName: 'checkDevices', Time: new Date().toISOString() }, { source: 'timer' }),
  };
}
