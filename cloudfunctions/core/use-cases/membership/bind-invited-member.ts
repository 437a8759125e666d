import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { type InvitationDoc, MEMBERSHIPS, type MembershipDoc, membershipIdOf, type ResidentDoc } from './collections';
import { moveStatus } from './move-status';
import type { RoomPlacement } from './room-lookup';

const MAX_ROUNDS = 3;
const INVITED = '业主邀请加入';

/**
 * Makes the resident an approved member of the invitation's room: the owner vouched for them, so no staff review.
 * A pending, rejected or revoked membership of the same room moves to approved; an approved one is left alone.
 */
export async function bindInvitedMember(
  deps: Pick<Deps, 'store' | 'clock'>,
  resident: ResidentDoc,
  room: RoomPlacement,
  invitation: InvitationDoc,
  applicant: MembershipDoc['applicant'],
): Promise<MembershipDoc> {
  const at = deps.clock.now().toISOString();
  const by = invitation.inviterResidentId;
  const fields = {
    ...room,
    role: invitation.role,
    applicant,
    reason: null,
    appliedAt: at,
    decidedAt: at,
    decidedBy: by,
    invitedBy: by,
  };
  const event = { at, by, reason: INVITED };
  const memberships = deps.store.collection<MembershipDoc>(MEMBERSHIPS);
  const id = membershipIdOf(resident._id, room.roomId);

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const existing = await memberships.get(id);
    if (!existing) {
      const doc: MembershipDoc = {
        _id: id,
        residentId: resident._id,
        openid: resident.openid,
        ...fields,
        status: 'approved',
        history: [{ status: 'approved', ...event }],
      };
      try {
        await memberships.insert(doc);
        return doc;
      } catch (error) {
        // The same membership was written at the same moment by another call: decide again against that one.
        if (await memberships.get(id)) continue;
        throw error;
      }
    }
    if (existing.status === 'approved') throw alreadyBound();
    const approved = await moveStatus(deps, existing, 'approved', event, fields);
    if (approved) return approved;
  }
  throw new AppError('RESOURCE.CONFLICT');
}

export function alreadyBound(): AppError {
  return new AppError('MEMBERSHIP.ALREADY_BOUND', { message: '您已是该房屋的认证成员，无需接受邀请' });
}
