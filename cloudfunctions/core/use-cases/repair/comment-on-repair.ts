import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { loadRepairFor } from './repair-actors';
import { toRepairDetail } from './repair-view';

/** `repair.comment`: a staff note on the timeline, never shown to the household. */
export async function commentOnRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'comment'>,
): Promise<OutputOf<typeof repairContract, 'comment'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  const actor = party.capacities.includes('manager') ? 'manager' : 'worker';
  const updated = await applyTransition(deps, repair, {
    action: 'comment',
    actor,
    by: { kind: 'staff', id: party.id, label: party.label },
    note: input.text,
    isInternal: true,
  });
  return toRepairDetail(deps, updated, party);
}
