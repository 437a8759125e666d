import type { OutputOf, ParsedInputOf, RepairCategory, repairContract } from '@linli/shared';
import { REPAIR_CATEGORY_IDS } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { STAFF, type StaffDoc } from '../staff/collections';
import { REPAIR_WORKERS, type RepairWorkerDoc } from './collections';
import { openJobsOf } from './repair-workers';

/** `repair.myDuty`: the worker's own dispatch settings (on duty for every category until they set any). */
export async function getMyDuty(deps: Deps, caller: Caller): Promise<OutputOf<typeof repairContract, 'myDuty'>> {
  const staff = await workerOf(deps, caller);
  const current = await deps.store.collection<RepairWorkerDoc>(REPAIR_WORKERS).get(staff._id);
  return dutyRow(deps, staff, current?.isOnDuty ?? true, current?.skills ?? []);
}

/** `repair.duty`: a worker goes on or off duty and says which categories they take (all, when none are named). */
export async function setDuty(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'duty'>,
): Promise<OutputOf<typeof repairContract, 'duty'>> {
  const staff = await workerOf(deps, caller);
  const settings = deps.store.collection<RepairWorkerDoc>(REPAIR_WORKERS);
  const current = await settings.get(staff._id);
  const skills = input.skills ? [...new Set(input.skills)] : (current?.skills ?? []);
  const next = { isOnDuty: input.isOnDuty, skills };
  if (current) await settings.update({ _id: staff._id }, { set: next });
  else await settings.insert({ _id: staff._id, ...next, lastAssignedAt: null });
  return dutyRow(deps, staff, next.isOnDuty, skills);
}

async function workerOf(deps: Deps, caller: Caller): Promise<StaffDoc> {
  const staff =
    caller.kind === 'staff' && caller.id ? await deps.store.collection<StaffDoc>(STAFF).get(caller.id) : null;
  if (!staff) throw new AppError('AUTH.FORBIDDEN');
  return staff;
}

async function dutyRow(deps: Deps, staff: StaffDoc, isOnDuty: boolean, skills: readonly RepairCategory[]) {
  return {
    staffId: staff._id,
    name: staff.name,
    phone: staff.phone,
    isOnDuty,
    skills: skills.length ? [...skills] : [...REPAIR_CATEGORY_IDS],
    openJobs: await openJobsOf(deps, staff._id),
  };
}
