import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { toRepairDetail } from './repair-view';

/** `repair.cancel`: the household withdraws a repair nobody has been sent to yet. */
export async function cancelRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'cancel'>,
): Promise<OutputOf<typeof repairContract, 'cancel'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  requireCapacity(party, 'household');
  const updated = await applyTransition(deps, repair, {
    action: 'cancel',
    actor: 'household',
    by: { kind: 'resident', id: party.id, label: party.label },
    note: input.reason ?? null,
  });
  return toRepairDetail(deps, updated, party);
}
