import { type doorContract, isWithinScope, type OutputOf, type ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { placeWithinScope, staffScopeOf } from '../places/staff-scope';
import { checkDevice } from './check-devices';
import { DEVICES, type DeviceDoc } from './collections';
import { endpointOf } from './device-endpoint';
import { deviceRowOf, deviceWithinScope } from './device-view';
import { registerDevice } from './register-device';

type Door = typeof doorContract;

/**
 * `door.saveDevice`: staff put a controller into service or change it, within their scope (the controller where it
 * is, and where it moves to). An edit without a password keeps the stored one; an address already registered for
 * another controller is refused. The controller is probed at once, so the answer already says whether the address
 * and credentials work.
 */
export async function saveDevice(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Door, 'saveDevice'>,
): Promise<OutputOf<Door, 'saveDevice'>> {
  const existing = input.deviceId ? await deviceWithinScope(deps, caller, input.deviceId) : null;
  const compound = await placeWithinScope(deps, staffScopeOf(caller), input.compoundId);
  if (compound.kind !== 'compound') throw new AppError('RESOURCE.NOT_FOUND', { message: '请选择设备所在的小区' });
  const baseUrl = input.baseUrl.replace(/\/+$/, '');
  const devices = deps.store.collection<DeviceDoc>(DEVICES);
  // One controller, one record: a second record would split its entries and steal its event pushes.
  const twin = (await devices.find({ baseUrl }, { limit: 2 })).items.find((device) => device._id !== existing?._id);
  if (twin) {
    const which = isWithinScope(staffScopeOf(caller), twin) ? `门禁设备「${twin.name}」` : '其他小区的门禁设备';
    throw new AppError('RESOURCE.CONFLICT', { message: `这个地址已登记为${which}，请直接编辑它` });
  }
  const password = input.password ?? (existing ? endpointOf(deps, existing).password : undefined);
  if (password === undefined) throw new AppError('VALIDATION.FAILED', { message: '新设备必须填写密码' });
  const deviceId = existing?._id ?? `dev-${deps.ids.next()}`;
  await registerDevice(deps, {
    id: deviceId,
    vendor: input.vendor,
    name: input.name,
    compoundId: compound._id,
    ...(input.buildingId && { buildingId: input.buildingId }),
    doors: input.doors,
    baseUrl,
    username: input.username,
    password,
  });
  const saved = await devices.get(deviceId);
  if (!saved) throw new Error(`device ${deviceId} vanished after it was saved`);
  deps.log.log('info', existing ? 'door device changed' : 'door device registered', {
    deviceId,
    staffId: caller.id,
  });
  await checkDevice(deps, saved);
  const probed = await devices.get(deviceId);
  return { device: deviceRowOf(probed ?? saved) };
}
