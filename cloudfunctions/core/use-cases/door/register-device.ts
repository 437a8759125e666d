import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { DoorVendorName } from '../../ports/door-vendor';
import { PLACES, type PlaceDoc } from '../places/collections';
import { DEVICES, type DeviceDoc, DOORS, type DoorDoc, doorIdOf } from './collections';
import { sealCredentials } from './device-endpoint';

export interface DeviceRegistration {
  id: string;
  vendor: DoorVendorName;
  name: string;
  compoundId: string;
  /** A building's unit-door controller; absent for the compound's gates. */
  buildingId?: string;
  doors: readonly { doorNo: number; name: string; unitId?: string }[];
  baseUrl: string;
  username: string;
  password: string;
}

/**
 * Adds a door controller with its doors, or updates one already known (address, credentials, names, doors) while
 * keeping its status. Each door must lie in the controller's compound (and building, for unit doors). Used by staff
 * (`door.saveDevice`, after their scope checks) and by the local cloud for the demo controllers.
 */
export async function registerDevice(deps: Pick<Deps, 'store' | 'clock' | 'vault'>, device: DeviceRegistration) {
  const places = deps.store.collection<PlaceDoc>(PLACES);
  const compound = await places.get(device.compoundId);
  if (compound?.kind !== 'compound') {
    throw new AppError('RESOURCE.NOT_FOUND', { message: '所选小区不存在' });
  }
  const building = device.buildingId ? await places.get(device.buildingId) : null;
  if (device.buildingId && (building?.kind !== 'building' || building.compoundId !== compound._id)) {
    throw new AppError('RESOURCE.NOT_FOUND', { message: '所选楼栋不在该小区' });
  }
  const { districtId, streetId, communityId } = compound;
  if (!districtId || !streetId || !communityId) throw new Error(`compound ${compound._id} lacks its ancestor ids`);
  const ancestry = { districtId, streetId, communityId, compoundId: compound._id };
  const doors: DoorDoc[] = [];
  for (const door of device.doors) {
    const unit = door.unitId ? await places.get(door.unitId) : null;
    if (door.unitId && (unit?.kind !== 'unit' || unit.buildingId !== building?._id)) {
      throw new AppError('RESOURCE.NOT_FOUND', { message: '所选单元不在该设备的楼栋' });
    }
    doors.push({
      _id: doorIdOf(device.id, door.doorNo),
      ...ancestry,
      deviceId: device.id,
      doorNo: door.doorNo,
      name: door.name,
      // A building's controller drives doors of that building (its units', or one all its residents use).
      kind: building ? 'unit' : 'gate',
      buildingId: building?._id ?? null,
      unitId: unit?._id ?? null,
      placeLabel: unit ? unit.label : building ? `${building.label} ${door.name}` : `${compound.label} ${door.name}`,
    });
  }
  const credentials = sealCredentials(deps, { username: device.username, password: device.password });
  await deps.store.transaction(async (tx) => {
    const existing = await tx.get<DeviceDoc>(DEVICES, device.id);
    await tx.set<DeviceDoc>(DEVICES, {
      _id: device.id,
      ...ancestry,
      vendor: device.vendor,
      name: device.name,
      buildingId: building?._id ?? null,
      placeLabel: building ? building.label : compound.label,
      baseUrl: device.baseUrl,
      credentials,
      doors: doors.map((d) => ({ doorNo: d.doorNo, name: d.name, unitId: d.unitId })),
      isOnline: existing?.isOnline ?? false,
      lastSeenAt: existing?.lastSeenAt ?? null,
      lastLatencyMs: existing?.lastLatencyMs ?? null,
      lastProblem: existing?.lastProblem ?? null,
      // A new address means the controller must be told where to push again.
      pushUrl: existing?.baseUrl === device.baseUrl ? existing.pushUrl : null,
      // Another address may be another controller, whose log numbers its entries afresh: read it from now.
      accessLogCursor:
        existing?.baseUrl === device.baseUrl && existing.accessLogCursor
          ? existing.accessLogCursor
          : { at: deps.clock.now().toISOString(), serialNo: 0 },
      createdAt: existing?.createdAt ?? deps.clock.now().toISOString(),
    });
    for (const door of doors) await tx.set<DoorDoc>(DOORS, door);
    // Doors the controller no longer drives stop being offered (their history stays in the access log).
    const kept = new Set(device.doors.map((door) => door.doorNo));
    for (const door of existing?.doors ?? []) {
      if (!kept.has(door.doorNo)) await tx.remove(DOORS, doorIdOf(device.id, door.doorNo));
    }
  });
}
