import { isWithinScope, type membershipContract, type OutputOf, type ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf, staffScopeOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc, RESIDENTS, type ResidentDoc } from './collections';
import { moveStatus } from './move-status';
import { findOwnership } from './ownership';

type Remove = typeof membershipContract;

const REMOVED_BY_OWNER = '业主解除';

/**
 * Ends a membership. An approved owner removes family and tenants of their own rooms; managers revoke any membership
 * in their scope and must say why. The removed person loses the room's role on their very next call, because
 * callers' roles are read from the memberships each time.
 */
export async function removeMember(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Remove, 'remove'>,
): Promise<OutputOf<Remove, 'remove'>> {
  const doc = await deps.store.collection<MembershipDoc>(MEMBERSHIPS).get(input.membershipId);
  const notFound = new AppError('RESOURCE.NOT_FOUND', { message: '成员不存在' });
  let by: string;
  let reason: string;
  if (caller.kind === 'staff') {
    if (!doc) throw notFound;
    if (!isWithinScope(staffScopeOf(caller), doc)) throw new AppError('AUTH.OUT_OF_SCOPE');
    if (!input.reason) {
      throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'reason', message: '解除认证时请填写原因' }] });
    }
    by = caller.id ?? 'staff';
    reason = input.reason;
  } else {
    const me = residentOf(caller);
    // Memberships of rooms the caller does not own look like ones that do not exist.
    if (!doc || !(await findOwnership(deps, me.residentId, doc.roomId))) throw notFound;
    if (doc.role === 'owner') {
      throw new AppError('AUTH.FORBIDDEN', { message: '业主只能解除本户的家属和租户' });
    }
    by = me.residentId ?? me.openid;
    reason = input.reason || REMOVED_BY_OWNER;
  }
  if (doc.status !== 'approved' && doc.status !== 'pending') {
    throw new AppError('MEMBERSHIP.NOT_BOUND', { message: '该成员已解除或未通过审核' });
  }

  const at = deps.clock.now().toISOString();
  const revoked = await moveStatus(deps, doc, 'revoked', { at, by, reason }, { reason, decidedAt: at, decidedBy: by });
  if (!revoked) throw new AppError('RESOURCE.CONFLICT', { message: '该成员状态已变化，请刷新后重试' });
  // They no longer act for this room; they pick another approved one themselves.
  await deps.store
    .collection<ResidentDoc>(RESIDENTS)
    .update({ _id: doc.residentId, currentRoomId: doc.roomId }, { set: { currentRoomId: null, updatedAt: at } });
  return { removed: true };
}
