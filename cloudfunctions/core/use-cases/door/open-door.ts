import { type doorContract, maskName, type OutputOf, type ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { consumeRate } from '../../guards/rate-limit';
import type { Caller } from '../../ports/identity';
import { residentOf } from '../membership/caller-resident';
import { RESIDENTS, type ResidentDoc } from '../membership/collections';
import { DOOR_USAGE, type DoorUsageDoc, doorUsageIdOf } from './collections';
import { entitledDoor } from './entitled-doors';
import { operateDoor } from './operate-door';

type Door = typeof doorContract;

/** A resident opens a door a few times a minute at most; more is a stuck button or a script. */
export const RESIDENT_OPEN_LIMIT = { limit: 10, windowSeconds: 60 } as const;

/** `door.open`: an entitled door, within the rate limit, answered "opened" only once its controller confirmed. */
export async function openDoor(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Door, 'open'>,
): Promise<OutputOf<Door, 'open'>> {
  const { residentId } = residentOf(caller);
  if (!residentId) throw new AppError('DOOR.NOT_ENTITLED');
  const door = await entitledDoor(deps, residentId, input.doorId);
  await consumeRate(deps, { key: `door-open:${residentId}`, ...RESIDENT_OPEN_LIMIT });
  const resident = await deps.store.collection<ResidentDoc>(RESIDENTS).get(residentId);
  const opened = await operateDoor(deps, door, {
    method: 'app',
    who: resident ? maskName(resident.name) : '居民',
    residentId,
    passId: null,
  });
  await countUse(deps, residentId, door._id, opened.openedAt);
  return { doorId: door._id, ...opened };
}

async function countUse(deps: Deps, residentId: string, doorId: string, at: string): Promise<void> {
  const usage = deps.store.collection<DoorUsageDoc>(DOOR_USAGE);
  const _id = doorUsageIdOf(residentId, doorId);
  if ((await usage.update({ _id }, { inc: { uses: 1 }, set: { lastAt: at } })) === 1) return;
  await usage.insert({ _id, residentId, doorId, uses: 1, lastAt: at }).catch(async () => {
    // Another open of the same door created it first.
    await usage.update({ _id }, { inc: { uses: 1 }, set: { lastAt: at } });
  });
}
