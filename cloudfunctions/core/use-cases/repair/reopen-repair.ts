import { type OutputOf, type ParsedInputOf, type repairContract, repairDueAt } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { reopenUntilOf, toRepairDetail } from './repair-view';

/**
 * `repair.reopen`: within REOPEN_DAYS of resolution the household says it is not fixed. The repair goes back to the
 * dispatch queue with a new SLA, keeping its worker as the likely assignee and counting the reopen.
 */
export async function reopenRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'reopen'>,
): Promise<OutputOf<typeof repairContract, 'reopen'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  requireCapacity(party, 'household');
  const now = deps.clock.now();
  const until = reopenUntilOf(repair);
  if (until !== null && until <= now.toISOString()) throw new AppError('REPAIR.REOPEN_EXPIRED');
  const updated = await applyTransition(deps, repair, {
    action: 'reopen',
    actor: 'household',
    by: { kind: 'resident', id: party.id, label: party.label },
    set: {
      dueAt: repairDueAt(repair.category, repair.urgency, now).toISOString(),
      isOverdue: false,
      acceptedAt: null,
      rating: null,
      ratingComment: null,
    },
    inc: { reopenCount: 1 },
    note: input.reason,
  });
  return toRepairDetail(deps, updated, party);
}
