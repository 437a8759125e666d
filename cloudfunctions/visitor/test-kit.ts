import type { visitorContract } from '@linli/shared';
import { type DeviceCloud, startDeviceCloud } from '../harness/device-cloud';
import { main } from './index';

export { codeOf } from '../harness/function-cloud';

export type VisitorCloud = DeviceCloud<typeof visitorContract>;

export function startVisitorCloud(prefix: string): Promise<VisitorCloud> {
  return startDeviceCloud(prefix, main);
}
