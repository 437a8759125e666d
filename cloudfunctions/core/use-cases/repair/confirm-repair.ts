import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { toRepairDetail } from './repair-view';

/** `repair.confirm`: the household accepts the work and rates it 1–5. */
export async function confirmRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'confirm'>,
): Promise<OutputOf<typeof repairContract, 'confirm'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  requireCapacity(party, 'household');
  const updated = await applyTransition(deps, repair, {
    action: 'confirm',
    actor: 'household',
    by: { kind: 'resident', id: party.id, label: party.label },
    set: { rating: input.rating, ratingComment: input.comment ?? null },
    note: `评价 ${'★'.repeat(input.rating)}${input.comment ? ` ${input.comment}` : ''}`,
  });
  return toRepairDetail(deps, updated, party);
}
