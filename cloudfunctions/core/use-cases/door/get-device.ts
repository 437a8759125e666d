import type { doorContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { endpointOf } from './device-endpoint';
import { deviceWithinScope } from './device-view';

type Door = typeof doorContract;

/** `door.device`: what staff registered for a controller, to edit it. The password is never sent back. */
export async function getDevice(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Door, 'device'>,
): Promise<OutputOf<Door, 'device'>> {
  const device = await deviceWithinScope(deps, caller, input.deviceId);
  return {
    device: {
      deviceId: device._id,
      vendor: device.vendor,
      name: device.name,
      compoundId: device.compoundId,
      ...(device.buildingId && { buildingId: device.buildingId }),
      baseUrl: device.baseUrl,
      username: endpointOf(deps, device).username,
      doors: device.doors.map((door) => ({
        doorNo: door.doorNo,
        name: door.name,
        ...(door.unitId && { unitId: door.unitId }),
      })),
    },
  };
}
