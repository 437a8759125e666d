import type { doorContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from '../places/collections';
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
  const compound = await deps.store.collection<PlaceDoc>(PLACES).get(device.compoundId);
  return {
    device: {
      deviceId: device._id,
      vendor: device.vendor,
      name: device.name,
      compoundId: device.compoundId,
      // Named here too: the console's compound list may not reach this one (it lists the first 50).
      compoundLabel: compound?.label ?? device.placeLabel,
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
