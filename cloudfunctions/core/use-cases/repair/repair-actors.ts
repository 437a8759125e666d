import { isWithinScope, MANAGERS, maskName, type RepairActor, type StaffRole } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import {
  MEMBERSHIPS,
  type MembershipDoc,
  membershipIdOf,
  RESIDENTS,
  type ResidentDoc,
} from '../membership/collections';
import { STAFF, type StaffDoc } from '../staff/collections';
import { REPAIRS, type RepairDoc } from './collections';

/** Who the caller is to this repair: each capacity they hold, with the label the timeline shows. */
export interface RepairParty {
  capacities: RepairActor[];
  kind: 'resident' | 'staff';
  id: string;
  label: string;
}

/**
 * Loads a repair and the caller's standing on it: its household (an approved member of the reporter's room),
 * a manager whose scope holds it, or the worker it is assigned to. Anyone else is told it does not exist, so ids of
 * other households' repairs reveal nothing.
 */
export async function loadRepairFor(
  deps: Pick<Deps, 'store'>,
  caller: Caller,
  repairId: string,
): Promise<{ repair: RepairDoc; party: RepairParty }> {
  const repair = await deps.store.collection<RepairDoc>(REPAIRS).get(repairId);
  const party = repair ? await partyOf(deps, caller, repair) : null;
  if (!repair || !party || party.capacities.length === 0) throw new AppError('REPAIR.NOT_FOUND');
  return { repair, party };
}

async function partyOf(deps: Pick<Deps, 'store'>, caller: Caller, repair: RepairDoc): Promise<RepairParty | null> {
  if (caller.kind === 'resident' && caller.resident?.residentId) {
    const { residentId } = caller.resident;
    const membership = await deps.store
      .collection<MembershipDoc>(MEMBERSHIPS)
      .get(membershipIdOf(residentId, repair.roomId));
    if (membership?.status !== 'approved') return null;
    const resident = await deps.store.collection<ResidentDoc>(RESIDENTS).get(residentId);
    return {
      capacities: ['household'],
      kind: 'resident',
      id: residentId,
      label: `${maskName(resident?.name ?? '住户')}（住户）`,
    };
  }
  if (caller.kind === 'staff' && caller.id && caller.scope !== null) {
    const capacities: RepairActor[] = [];
    const roles = caller.roles as readonly string[];
    if (MANAGERS.some((role: StaffRole) => roles.includes(role)) && isWithinScope(caller.scope, repair)) {
      capacities.push('manager');
    }
    if (roles.includes('worker') && repair.assigneeId === caller.id) capacities.push('worker');
    // A worker of this compound on someone else's job: say so, rather than "not found".
    if (capacities.length === 0 && roles.includes('worker') && isWithinScope(caller.scope, repair)) {
      throw new AppError('REPAIR.NOT_ASSIGNEE');
    }
    const staff = await deps.store.collection<StaffDoc>(STAFF).get(caller.id);
    const role = capacities.includes('manager') ? '物业' : '维修';
    return { capacities, kind: 'staff', id: caller.id, label: `${staff?.name ?? '工作人员'}（${role}）` };
  }
  return null;
}

/** The capacity the caller acts in for `action`, or the error that says why they cannot. */
export function requireCapacity(party: RepairParty, wanted: RepairActor): void {
  if (party.capacities.includes(wanted)) return;
  throw new AppError(wanted === 'worker' ? 'REPAIR.NOT_ASSIGNEE' : 'REPAIR.NOT_FOUND');
}
