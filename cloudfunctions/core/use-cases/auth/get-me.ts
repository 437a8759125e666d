import type { authContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { RESIDENTS, type ResidentDoc } from '../membership/collections';
import { listMembershipViews } from '../membership/membership-views';
import { STAFF, type StaffDoc } from '../staff/collections';
import { loadStaffProfile } from '../staff/to-staff-profile';

/** Who the caller is: a resident's name and rooms (nothing yet before their first application), or a staff profile. */
export const getMe: Route<typeof authContract, 'me'> = async (deps, caller) => {
  if (caller.kind === 'staff' && caller.id) {
    const doc = await deps.store.collection<StaffDoc>(STAFF).get(caller.id);
    if (!doc) throw new AppError('AUTH.UNAUTHENTICATED');
    return { kind: 'staff', staff: await loadStaffProfile(deps, doc) };
  }
  if (caller.kind !== 'resident') throw new AppError('AUTH.FORBIDDEN');
  const residentId = caller.resident?.residentId ?? null;
  if (residentId === null) return { kind: 'resident', name: null, currentRoomId: null, memberships: [] };
  const [resident, memberships] = await Promise.all([
    deps.store.collection<ResidentDoc>(RESIDENTS).get(residentId),
    listMembershipViews(deps, residentId),
  ]);
  return {
    kind: 'resident',
    name: resident?.name ?? null,
    currentRoomId: caller.resident?.currentRoomId ?? null,
    memberships,
  };
};
