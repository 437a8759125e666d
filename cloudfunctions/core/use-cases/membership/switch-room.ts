import type { membershipContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc, membershipIdOf, RESIDENTS, type ResidentDoc } from './collections';

type Switch = typeof membershipContract;

/** Makes another approved room the one the resident acts for; their roles follow on the next call. */
export async function switchRoom(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Switch, 'switchRoom'>,
): Promise<OutputOf<Switch, 'switchRoom'>> {
  const me = residentOf(caller);
  const membership = me.residentId
    ? await deps.store.collection<MembershipDoc>(MEMBERSHIPS).get(membershipIdOf(me.residentId, input.roomId))
    : null;
  if (!me.residentId || membership?.status !== 'approved') {
    throw new AppError('MEMBERSHIP.NOT_BOUND', { message: '只能切换到已通过认证的房屋' });
  }
  await deps.store
    .collection<ResidentDoc>(RESIDENTS)
    .update(
      { _id: me.residentId },
      { set: { currentRoomId: input.roomId, updatedAt: deps.clock.now().toISOString() } },
    );
  return { currentRoomId: input.roomId };
}
