import type { RepairCategory } from '@linli/shared';
import { REPAIR_CATEGORY_IDS } from '@linli/shared';
import type { Deps } from '../../deps';
import { STAFF, type StaffDoc } from '../staff/collections';
import { REPAIR_WORKERS, REPAIRS, type RepairDoc, type RepairWorkerDoc } from './collections';

export interface RepairWorker {
  staff: StaffDoc;
  isOnDuty: boolean;
  skills: RepairCategory[];
  lastAssignedAt: string | null;
}

/**
 * The workers who serve a compound: worker accounts scoped to it (or below), or to its community. Each with their
 * dispatch settings; a worker who never set any is on duty for every category.
 */
export async function workersOfCompound(
  deps: Pick<Deps, 'store'>,
  compoundId: string,
  communityId: string,
): Promise<RepairWorker[]> {
  const staff = deps.store.collection<StaffDoc>(STAFF);
  const [inCompound, inCommunity] = await Promise.all([
    staff.find({ compoundId }, { limit: 1000 }),
    staff.find({ communityId, compoundId: { exists: false } }, { limit: 1000 }),
  ]);
  const workers = [...inCompound.items, ...inCommunity.items].filter((s) => s.roles.includes('worker') && !s.disabled);
  if (workers.length === 0) return [];
  const settings = await deps.store
    .collection<RepairWorkerDoc>(REPAIR_WORKERS)
    .find({ _id: { in: workers.map((w) => w._id) } }, { limit: workers.length });
  const byId = new Map(settings.items.map((s) => [s._id, s]));
  return workers.map((worker) => {
    const own = byId.get(worker._id);
    return {
      staff: worker,
      isOnDuty: own?.isOnDuty ?? true,
      skills: own?.skills.length ? own.skills : [...REPAIR_CATEGORY_IDS],
      lastAssignedAt: own?.lastAssignedAt ?? null,
    };
  });
}

/** How many jobs a worker has in hand (assigned or under way). */
export function openJobsOf(deps: Pick<Deps, 'store'>, staffId: string): Promise<number> {
  return deps.store
    .collection<RepairDoc>(REPAIRS)
    .count({ assigneeId: staffId, status: { in: ['assigned', 'in_progress'] } });
}
