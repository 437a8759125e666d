import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { REPAIRS, type RepairDoc } from './collections';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { toRepairDetail } from './repair-view';

const OPEN_TARGET = new Set(['submitted', 'reopened', 'assigned', 'in_progress']);

/** `repair.merge`: closes a duplicate into another open repair of the same compound, pointing at it. */
export async function mergeRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'merge'>,
): Promise<OutputOf<typeof repairContract, 'merge'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  requireCapacity(party, 'manager');
  const repairs = deps.store.collection<RepairDoc>(REPAIRS);
  // Staff type the number they see (BX20261122-0007) as often as they pick from a list.
  const target =
    (await repairs.get(input.intoId)) ??
    (await repairs.find({ number: input.intoId.toUpperCase() }, { limit: 1 })).items[0];
  if (
    !target ||
    target._id === repair._id ||
    target.compoundId !== repair.compoundId ||
    !OPEN_TARGET.has(target.status)
  ) {
    throw new AppError('REPAIR.MERGE_INVALID');
  }
  const updated = await applyTransition(deps, repair, {
    action: 'merge',
    actor: 'manager',
    by: { kind: 'staff', id: party.id, label: party.label },
    set: { mergedInto: { repairId: target._id, number: target.number }, isOverdue: false },
    note: `与 ${target.number} 为同一问题，已合并处理`,
  });
  return toRepairDetail(deps, updated, party);
}
