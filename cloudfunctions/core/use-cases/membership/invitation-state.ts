import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { INVITATIONS, type InvitationDoc } from './collections';
import { invitationIdOf } from './invitation-id';
import { findOwnership } from './ownership';

export async function loadInvitation(deps: Pick<Deps, 'store'>, token: string): Promise<InvitationDoc> {
  const invitation = await deps.store.collection<InvitationDoc>(INVITATIONS).get(invitationIdOf(token));
  if (!invitation) throw new AppError('RESOURCE.NOT_FOUND', { message: '邀请不存在，请向业主重新索取' });
  return invitation;
}

/**
 * Why an invitation can no longer be accepted, or null when it can. An owner who has since lost the room can no
 * longer bring anyone into it, so their outstanding links die with their membership.
 */
export async function unusableReason(
  deps: Pick<Deps, 'store'>,
  invitation: InvitationDoc,
  now: Date,
): Promise<string | null> {
  if (invitation.usesLeft <= 0) return '已被使用';
  if (Date.parse(invitation.expiresAt) <= now.getTime()) return '已过期';
  const stillOwner = await findOwnership(deps, invitation.inviterResidentId, invitation.roomId);
  return stillOwner ? null : '邀请人已不是该房屋业主';
}
