import type { doorContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { DEVICES, DOORS, doorIdOf } from './collections';
import { deviceWithinScope } from './device-view';

type Door = typeof doorContract;

/**
 * `door.removeDevice`: a controller taken out of service, with its doors, in one transaction. Residents and passes
 * stop seeing its doors; the access log keeps every entry it made (entries carry the door's name and place).
 */
export async function removeDevice(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Door, 'removeDevice'>,
): Promise<OutputOf<Door, 'removeDevice'>> {
  const device = await deviceWithinScope(deps, caller, input.deviceId);
  await deps.store.transaction(async (tx) => {
    for (const door of device.doors) await tx.remove(DOORS, doorIdOf(device._id, door.doorNo));
    await tx.remove(DEVICES, device._id);
  });
  deps.log.log('info', 'door device removed', { deviceId: device._id, staffId: caller.id });
  return { removed: true };
}
