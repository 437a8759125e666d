import type { membershipContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { alreadyBound, bindInvitedMember } from './bind-invited-member';
import { residentOf } from './caller-resident';
import {
  INVITATIONS,
  type InvitationDoc,
  MEMBERSHIPS,
  type MembershipDoc,
  membershipIdOf,
  RESIDENTS,
  type ResidentDoc,
} from './collections';
import { ensureResident } from './ensure-resident';
import { loadInvitation, unusableReason } from './invitation-state';
import { toMembershipView } from './membership-views';
import { loadRoom } from './room-lookup';
import { sealIdNumber } from './seal-id-number';

type Accept = typeof membershipContract;

/**
 * Accepting an invitation binds the caller to its room at once. The invitation is consumed by one conditional
 * decrement, so of any number of people opening the same link at the same moment exactly one becomes a member.
 */
export async function acceptInvitation(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Accept, 'acceptInvite'>,
): Promise<OutputOf<Accept, 'acceptInvite'>> {
  const me = residentOf(caller);
  const invitation = await loadInvitation(deps, input.token);
  if (me.residentId === invitation.inviterResidentId) {
    throw new AppError('MEMBERSHIP.INVITE_UNUSABLE', { message: '不能接受自己发出的邀请' });
  }
  const now = deps.clock.now();
  const reason = await unusableReason(deps, invitation, now);
  if (reason) throw new AppError('MEMBERSHIP.INVITE_UNUSABLE', { message: `邀请${reason}` });
  if (me.residentId) {
    const existing = await deps.store
      .collection<MembershipDoc>(MEMBERSHIPS)
      .get(membershipIdOf(me.residentId, invitation.roomId));
    // Refused before the link is consumed, so it stays usable for the person it was meant for.
    if (existing?.status === 'approved') throw alreadyBound();
  }
  const room = await loadRoom(deps, invitation.roomId);
  const id = input.idNumber ? sealIdNumber(deps.idCipher, input.idNumber) : null;
  const resident = await ensureResident(deps, me.openid, { name: input.name, phone: input.phone, id });

  const invitations = deps.store.collection<InvitationDoc>(INVITATIONS);
  const consumed = await invitations.update(
    { _id: invitation._id, usesLeft: { gt: 0 }, expiresAt: { gt: now.toISOString() } },
    { inc: { usesLeft: -1 }, set: { acceptedBy: resident._id } },
  );
  if (consumed !== 1) throw new AppError('MEMBERSHIP.INVITE_UNUSABLE', { message: '邀请已被使用或已过期' });

  try {
    const applicant = {
      name: input.name,
      phone: input.phone,
      idCipher: id?.idCipher ?? null,
      idMasked: id?.idMasked ?? null,
    };
    const membership = await bindInvitedMember(deps, resident, room, invitation, applicant);
    let currentRoomId = resident.currentRoomId;
    if (currentRoomId === null) {
      const set = await deps.store
        .collection<ResidentDoc>(RESIDENTS)
        .update(
          { _id: resident._id, currentRoomId: null },
          { set: { currentRoomId: room.roomId, updatedAt: now.toISOString() } },
        );
      if (set === 1) currentRoomId = room.roomId;
    }
    return toMembershipView(membership, currentRoomId);
  } catch (error) {
    // No member came of it: give the link back so the owner need not send a new one.
    await invitations.update(
      { _id: invitation._id, acceptedBy: resident._id },
      { inc: { usesLeft: 1 }, set: { acceptedBy: null } },
    );
    throw error;
  }
}
