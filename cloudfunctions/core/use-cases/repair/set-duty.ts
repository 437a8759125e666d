import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import { REPAIR_CATEGORY_IDS } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { STAFF, type StaffDoc } from '../staff/collections';
import { REPAIR_WORKERS, type RepairWorkerDoc } from './collections';
import { openJobsOf } from './repair-workers';

/** `repair.duty`: a worker goes on or off duty and says which categories they take (all, when none are named). */
export async function setDuty(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'duty'>,
): Promise<OutputOf<typeof repairContract, 'duty'>> {
  if (caller.kind !== 'staff' || !caller.id) throw new AppError('AUTH.FORBIDDEN');
  const staff = await deps.store.collection<StaffDoc>(STAFF).get(caller.id);
  if (!staff) throw new AppError('AUTH.FORBIDDEN');
  const settings = deps.store.collection<RepairWorkerDoc>(REPAIR_WORKERS);
  const current = await settings.get(staff._id);
  const skills = input.skills ? [...new Set(input.skills)] : (current?.skills ?? []);
  const next = { isOnDuty: input.isOnDuty, skills };
  if (current) await settings.update({ _id: staff._id }, { set: next });
  else await settings.insert({ _id: staff._id, ...next, lastAssignedAt: null });
  return {
    staffId: staff._id,
    name: staff.name,
    phone: staff.phone,
    isOnDuty: next.isOnDuty,
    skills: skills.length ? skills : [...REPAIR_CATEGORY_IDS],
    openJobs: await openJobsOf(deps, staff._id),
  };
}
