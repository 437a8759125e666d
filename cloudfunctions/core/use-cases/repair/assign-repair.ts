import { NOTIFY_TOPICS, type OutputOf, type ParsedInputOf, type repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { REPAIR_WORKERS, type RepairDoc, type RepairWorkerDoc } from './collections';
import { notifyHousehold } from './notify-household';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { toRepairDetail } from './repair-view';
import { type RepairWorker, workersOfCompound } from './repair-workers';

/**
 * `repair.assign`: sends a worker of the repair's compound, the one named or, without a name, the next on-duty worker
 * for its category in turn (the one assigned longest ago). The household is told by subscribe message.
 */
export async function assignRepair(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'assign'>,
): Promise<OutputOf<typeof repairContract, 'assign'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  requireCapacity(party, 'manager');
  const workers = await workersOfCompound(deps, repair.compoundId, repair.communityId);
  const worker = input.workerId ? workers.find((w) => w.staff._id === input.workerId) : nextInTurn(workers, repair);
  if (!worker) {
    if (input.workerId) throw new AppError('RESOURCE.NOT_FOUND', { message: '该师傅不在本小区的维修人员中' });
    throw new AppError('REPAIR.NO_WORKER');
  }
  const updated = await applyTransition(deps, repair, {
    action: 'assign',
    actor: 'manager',
    by: { kind: 'staff', id: party.id, label: party.label },
    set: { assigneeId: worker.staff._id, assigneeName: worker.staff.name, acceptedAt: null },
    note: `${input.workerId ? '派单' : '自动派单'}给 ${worker.staff.name}`,
  });
  await markAssigned(deps, worker);
  await notifyHousehold(deps, updated, NOTIFY_TOPICS.repairAssigned);
  return toRepairDetail(deps, updated, party);
}

/** Round-robin within the category: on-duty workers with the skill, the one assigned longest ago (never first). */
export function nextInTurn(workers: readonly RepairWorker[], repair: RepairDoc): RepairWorker | undefined {
  return workers
    .filter((w) => w.isOnDuty && w.skills.includes(repair.category) && w.staff._id !== repair.assigneeId)
    .concat(
      workers.filter((w) => w.isOnDuty && w.skills.includes(repair.category) && w.staff._id === repair.assigneeId),
    )
    .sort(
      (a, b) =>
        (a.lastAssignedAt ?? '').localeCompare(b.lastAssignedAt ?? '') || a.staff._id.localeCompare(b.staff._id),
    )[0];
}

async function markAssigned(deps: Pick<Deps, 'store' | 'clock'>, worker: RepairWorker): Promise<void> {
  const settings = deps.store.collection<RepairWorkerDoc>(REPAIR_WORKERS);
  const lastAssignedAt = deps.clock.now().toISOString();
  if ((await settings.update({ _id: worker.staff._id }, { set: { lastAssignedAt } })) === 1) return;
  await settings
    .insert({ _id: worker.staff._id, isOnDuty: worker.isOnDuty, skills: [], lastAssignedAt })
    .catch(() => settings.update({ _id: worker.staff._id }, { set: { lastAssignedAt } }));
}
