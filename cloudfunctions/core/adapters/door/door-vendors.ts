import type { DoorVendor, DoorVendorName } from '../../ports/door-vendor';
import { createDahuaCgi } from './dahua-cgi';
import { createHikvisionIsapi } from './hikvision-isapi';

/**
 * The one place that knows every vendor: a device's `vendor` field picks its adapter. Adapters are stateless apart
 * from the process-wide digest nonce cache, so one instance per vendor serves every device.
 */
const adapters: Record<DoorVendorName, DoorVendor> = {
  hikvision: createHikvisionIsapi(),
  dahua: createDahuaCgi(),
};

export function doorVendorFor(vendor: DoorVendorName): DoorVendor {
  return adapters[vendor];
}
