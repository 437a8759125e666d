import type { membershipContract, OutputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { residentOf } from './caller-resident';
import { listMembershipViews } from './membership-views';

type Mine = OutputOf<typeof membershipContract, 'mine'>;

/** Every room the caller has applied for, in any status, and the approved room they currently act for. */
export async function listMyMemberships(deps: Deps, caller: Caller): Promise<Mine> {
  const me = residentOf(caller);
  if (!me.residentId) return { currentRoomId: null, memberships: [] };
  return { currentRoomId: me.currentRoomId, memberships: await listMembershipViews(deps, me.residentId) };
}
