import type { doorContract, OutputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { residentOf } from '../membership/caller-resident';
import { DOOR_USAGE, type DoorUsageDoc } from './collections';
import { entitledDoors } from './entitled-doors';

/** `door.doors`: the caller's doors, the most used first, then gates before unit doors, then by name. */
export async function listMyDoors(deps: Deps, caller: Caller): Promise<OutputOf<typeof doorContract, 'doors'>> {
  const { residentId } = residentOf(caller);
  const doors = await entitledDoors(deps, residentId);
  const usage = residentId
    ? await deps.store.collection<DoorUsageDoc>(DOOR_USAGE).find({ residentId }, { limit: 1000 })
    : { items: [] };
  const usesOf = new Map(usage.items.map((u) => [u.doorId, u.uses]));
  return {
    doors: doors
      .map((door) => ({
        doorId: door._id,
        name: door.name,
        kind: door.kind,
        placeLabel: door.placeLabel,
        uses: usesOf.get(door._id) ?? 0,
      }))
      .sort(
        (a, b) =>
          b.uses - a.uses ||
          Number(a.kind === 'unit') - Number(b.kind === 'unit') ||
          a.placeLabel.localeCompare(b.placeLabel, 'zh-Hans-CN'),
      ),
  };
}
