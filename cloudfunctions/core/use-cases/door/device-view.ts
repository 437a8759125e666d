import { type DeviceRow, isWithinScope } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { staffScopeOf } from '../places/staff-scope';
import { DEVICES, type DeviceDoc, doorIdOf } from './collections';

/** A controller as staff see it, without its credentials. */
export function deviceRowOf(device: DeviceDoc): DeviceRow {
  return {
    deviceId: device._id,
    name: device.name,
    vendor: device.vendor,
    placeLabel: device.placeLabel,
    doors: device.doors.map((door) => ({
      doorId: doorIdOf(device._id, door.doorNo),
      doorNo: door.doorNo,
      name: door.name,
    })),
    isOnline: device.isOnline,
    lastSeenAt: device.lastSeenAt,
    lastLatencyMs: device.lastLatencyMs,
    lastProblem: device.lastProblem,
  };
}

/** A controller the staff caller names: it must exist and sit within their scope. */
export async function deviceWithinScope(deps: Pick<Deps, 'store'>, caller: Caller, deviceId: string) {
  const device = await deps.store.collection<DeviceDoc>(DEVICES).get(deviceId);
  if (!device) throw new AppError('RESOURCE.NOT_FOUND', { message: '门禁设备不存在' });
  if (!isWithinScope(staffScopeOf(caller), device)) throw new AppError('AUTH.OUT_OF_SCOPE');
  return device;
}
