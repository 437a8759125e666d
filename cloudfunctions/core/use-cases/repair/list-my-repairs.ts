import { OPEN_REPAIR_STATUSES, type OutputOf, type ParsedInputOf, type repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { residentOf } from '../membership/caller-resident';
import { readPage } from '../places/cursor-check';
import { REPAIRS, type RepairDoc } from './collections';
import { toRepairSummary } from './repair-view';

/** `repair.mine`: the repairs of the caller's current room (the household's, whoever of them reported), newest first. */
export async function listMyRepairs(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'mine'>,
): Promise<OutputOf<typeof repairContract, 'mine'>> {
  const { currentRoomId } = residentOf(caller);
  if (!currentRoomId) return { items: [], nextCursor: null };
  const filter: Filter = { roomId: currentRoomId };
  if (input.isOpen !== undefined) {
    filter.status = input.isOpen
      ? { in: OPEN_REPAIR_STATUSES }
      : { in: ['resolved', 'confirmed', 'cancelled', 'merged'] };
  }
  const page = await readPage(input.cursor, () =>
    deps.store.collection<RepairDoc>(REPAIRS).find(filter, {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      limit: input.limit,
      cursor: input.cursor,
    }),
  );
  return { items: page.items.map((repair) => toRepairSummary(repair, deps.clock.now())), nextCursor: page.nextCursor };
}
