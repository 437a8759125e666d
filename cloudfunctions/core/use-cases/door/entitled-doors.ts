import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { MEMBERSHIPS, type MembershipDoc } from '../membership/collections';
import { findAll } from '../places/find-all';
import { DOORS, type DoorDoc } from './collections';

/**
 * The doors a resident may open: the gates of every compound where they hold an approved membership, and the unit
 * doors of those rooms' units. Computed from the store on every call, so a revoked membership closes them at once.
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
  const unitIds = [...new Set(memberships.map((m) => m.unitId))];
  const [gates, unitDoors] = await Promise.all([
    findAll(doors, { compoundId: { in: compoundIds }, kind: 'gate' }),
    findAll(doors, { unitId: { in: unitIds } }),
  ]);
  return [...gates, ...unitDoors];
}

/** One door the resident names, or DOOR.NOT_ENTITLED, which also covers doors that do not exist (nothing leaks). */
export async function entitledDoor(deps: Pick<Deps, 'store'>, residentId: string | null, doorId: string) {
  const door = (await entitledDoors(deps, residentId)).find((d) => d._id === doorId);
  if (!door) throw new AppError('DOOR.NOT_ENTITLED');
  return door;
}
