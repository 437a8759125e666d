import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { loadRepairFor } from './repair-actors';
import { toRepairDetail } from './repair-view';

/** `repair.detail`: for its household, the managers over it and its worker; "not found" to anyone else. */
export async function getRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'detail'>,
): Promise<OutputOf<typeof repairContract, 'detail'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  return toRepairDetail(deps, repair, party);
}
