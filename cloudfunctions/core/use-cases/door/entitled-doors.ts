import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { MEMBERSHIPS, type MembershipDoc } from '../membership/collections';
import { findAll } from '../places/find-all';
import { DOORS, type DoorDoc } from './collections';

/**
 * The doors a resident may open: the gates of every compound where they hold an approved membership, the unit
 * doors of those rooms' units, and the doors of those rooms' buildings that belong to no unit (a garage door). Computed from the store on every call, so a revoked membership closes them at once.
 */
export async function entitledDoors(deps: Pick<Deps, 'store'>, residentId: string | null): Promise<DoorDoc[]> {
  if (!residentId) return [];
  const memberships = await findAll(deps.store.collection<MembershipDoc>(MEMBERSHIPS), {
    residentId,
    status: 'approved',
  });
  if (memberships.length === 0) return [];
  const doors = deps.store.collection<DoorDoc>(DOORS);
  const compoundIds = [...new Set(memberships.map((m) => m.compoundId))];
  const buildingIds = [...new Set(memberships.map((m) => m.buildingId))];
  const unitIds = new Set(memberships.map((m) => m.unitId));
  const [gates, buildingDoors] = await Promise.all([
    findAll(doors, { compoundId: { in: compoundIds }, kind: 'gate' }),
    findAll(doors, { buildingId: { in: buildingIds }, kind: 'unit' }),
  ]);
  // A building's doors: its units' doors for residents of that unit, and the doors of no unit for all its residents.
  return [...gates, ...buildingDoors.filter((door) => door.unitId === null || unitIds.has(door.unitId))];
}

/** One door the resident names, or DOOR.NOT_ENTITLED, which also covers doors that do not exist (nothing leaks). */
export async function entitledDoor(deps: Pick<Deps, 'store'>, residentId: string | null, doorId: string) {
  const door = (await entitledDoors(deps, residentId)).find((d) => d._id === doorId);
  if (!door) throw new AppError('DOOR.NOT_ENTITLED');
  return door;
}
