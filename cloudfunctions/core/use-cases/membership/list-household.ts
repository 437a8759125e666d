import { maskPhone, type membershipContract, type OutputOf, type ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc } from './collections';
import { findOwnership } from './ownership';

type Household = typeof membershipContract;

/** A room has a few people at most; this bounds the read, not the household. */
const MAX_MEMBERS = 100;

/** The owner's view of everyone bound to (or asking to join) one of their rooms; withdrawn and removed are history. */
export async function listHousehold(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Household, 'household'>,
): Promise<OutputOf<Household, 'household'>> {
  const me = residentOf(caller);
  const ownership = await findOwnership(deps, me.residentId, input.roomId);
  if (!ownership) throw new AppError('AUTH.FORBIDDEN', { message: '只有该房屋已认证的业主可以查看成员' });
  const page = await deps.store
    .collection<MembershipDoc>(MEMBERSHIPS)
    .find(
      { roomId: input.roomId, status: { in: ['pending', 'approved', 'rejected'] } },
      { orderBy: [['appliedAt', 'asc']], limit: MAX_MEMBERS },
    );
  return {
    roomLabel: ownership.roomLabel,
    members: page.items.map((doc) => {
      const isMe = doc.residentId === me.residentId;
      return {
        membershipId: doc._id,
        name: doc.applicant.name,
        phone: isMe ? doc.applicant.phone : maskPhone(doc.applicant.phone),
        role: doc.role,
        status: doc.status,
        isMe,
      };
    }),
  };
}
