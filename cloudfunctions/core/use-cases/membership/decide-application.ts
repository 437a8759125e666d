import { isWithinScope, type membershipContract, type OutputOf, type ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { toApplicationRow } from './application-row';
import { staffScopeOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc, RESIDENTS, type ResidentDoc } from './collections';
import { moveStatus } from './move-status';

type Decide = typeof membershipContract;

/**
 * Staff of the room's area approve or reject a pending application. The move is conditional on the status still
 * being pending, so two staff deciding at once produce exactly one decision and the other is told it is done.
 */
export async function decideApplication(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Decide, 'decide'>,
): Promise<OutputOf<Decide, 'decide'>> {
  const scope = staffScopeOf(caller);
  const doc = await deps.store.collection<MembershipDoc>(MEMBERSHIPS).get(input.membershipId);
  if (!doc) throw new AppError('RESOURCE.NOT_FOUND', { message: '申请不存在' });
  if (!isWithinScope(scope, doc)) throw new AppError('AUTH.OUT_OF_SCOPE');
  const done = new AppError('MEMBERSHIP.NOT_PENDING', { message: '该申请已被处理，请刷新列表' });
  if (doc.status !== 'pending') throw done;

  const at = deps.clock.now().toISOString();
  const by = caller.id ?? 'staff';
  // The contract requires a reason to reject; an approval may carry a note.
  const reason = input.reason || null;
  const decided = await moveStatus(
    deps,
    doc,
    input.decision === 'approve' ? 'approved' : 'rejected',
    { at, by, reason },
    { reason, decidedAt: at, decidedBy: by },
  );
  if (!decided) throw done;
  if (decided.status === 'approved') {
    // A first approved room becomes the current one, so the resident acts for it without switching.
    await deps.store
      .collection<ResidentDoc>(RESIDENTS)
      .update({ _id: doc.residentId, currentRoomId: null }, { set: { currentRoomId: doc.roomId, updatedAt: at } });
  }
  return toApplicationRow(decided, caller.roles);
}
