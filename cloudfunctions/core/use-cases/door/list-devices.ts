import type { doorContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { findAll } from '../places/find-all';
import { scopeFilter } from '../places/scope-filter';
import { staffScopeOf } from '../places/staff-scope';
import { DEVICES, type DeviceDoc } from './collections';
import { deviceRowOf } from './device-view';

type Door = typeof doorContract;

/** `door.devices`: the controllers within the caller's scope (or `within` it), with what the last probe showed. */
export async function listDevices(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Door, 'devices'>,
): Promise<OutputOf<Door, 'devices'>> {
  const filter = await scopeFilter(deps, staffScopeOf(caller), input.within);
  const devices = await findAll(deps.store.collection<DeviceDoc>(DEVICES), filter, [['_id', 'asc']]);
  return { devices: devices.map(deviceRowOf) };
}
