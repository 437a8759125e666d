import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from '../places/collections';
import { placeWithinScope, staffScopeOf } from '../places/staff-scope';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { openJobsOf, workersOfCompound } from './repair-workers';

/**
 * `repair.workers`: who can be sent to a compound's repairs (the repair's, the place `within`, or the caller's own
 * compound), on duty first, with the jobs each has in hand.
 */
export async function listRepairWorkers(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'workers'>,
): Promise<OutputOf<typeof repairContract, 'workers'>> {
  const { compoundId, communityId } = await compoundAsked(deps, caller, input);
  const workers = await workersOfCompound(deps, compoundId, communityId);
  const rows = await Promise.all(
    workers.map(async (worker) => ({
      staffId: worker.staff._id,
      name: worker.staff.name,
      phone: worker.staff.phone,
      isOnDuty: worker.isOnDuty,
      skills: worker.skills,
      openJobs: await openJobsOf(deps, worker.staff._id),
    })),
  );
  return { workers: rows.sort((a, b) => Number(b.isOnDuty) - Number(a.isOnDuty) || a.openJobs - b.openJobs) };
}

async function compoundAsked(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'workers'>,
): Promise<{ compoundId: string; communityId: string }> {
  if (input.repairId) {
    const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
    requireCapacity(party, 'manager');
    return { compoundId: repair.compoundId, communityId: repair.communityId };
  }
  const scope = staffScopeOf(caller);
  const placeId = input.within ?? scope[3];
  const place = placeId
    ? input.within
      ? await placeWithinScope(deps, scope, placeId)
      : await deps.store.collection<PlaceDoc>(PLACES).get(placeId)
    : null;
  if (!place?.compoundId || !place.communityId) {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'within', message: '请选择小区' }] });
  }
  return { compoundId: place.compoundId, communityId: place.communityId };
}
