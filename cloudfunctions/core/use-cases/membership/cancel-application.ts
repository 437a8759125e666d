import type { membershipContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc } from './collections';
import { toMembershipView } from './membership-views';
import { moveStatus } from './move-status';

type Cancel = typeof membershipContract;

const WITHDRAWN = '撤回申请';

/** A resident withdraws their own pending application. Someone else's looks exactly like one that does not exist. */
export async function cancelApplication(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Cancel, 'cancel'>,
): Promise<OutputOf<Cancel, 'cancel'>> {
  const me = residentOf(caller);
  const doc = await deps.store.collection<MembershipDoc>(MEMBERSHIPS).get(input.membershipId);
  if (!doc || !me.residentId || doc.residentId !== me.residentId) {
    throw new AppError('RESOURCE.NOT_FOUND', { message: '申请不存在' });
  }
  const notPending = new AppError('MEMBERSHIP.NOT_PENDING', { message: '该申请已处理，无法撤回' });
  if (doc.status !== 'pending') throw notPending;
  const at = deps.clock.now().toISOString();
  const withdrawn = await moveStatus(
    deps,
    doc,
    'revoked',
    { at, by: me.residentId, reason: WITHDRAWN },
    { reason: WITHDRAWN, decidedAt: at, decidedBy: me.residentId },
  );
  // Staff decided it between our read and our update.
  if (!withdrawn) throw notPending;
  return toMembershipView(withdrawn, me.currentRoomId);
}
