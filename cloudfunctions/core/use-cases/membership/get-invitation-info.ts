import { maskName, type membershipContract, type OutputOf, type ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Caller } from '../../ports/identity';
import { loadInvitation, unusableReason } from './invitation-state';

type InviteInfo = typeof membershipContract;

/** What the share card's page shows before anyone signs in: the room, the role offered, and whether it still works. */
export async function getInvitationInfo(
  deps: Deps,
  _caller: Caller,
  input: ParsedInputOf<InviteInfo, 'inviteInfo'>,
): Promise<OutputOf<InviteInfo, 'inviteInfo'>> {
  const invitation = await loadInvitation(deps, input.token);
  const reason = await unusableReason(deps, invitation, deps.clock.now());
  return {
    roomLabel: invitation.roomLabel,
    role: invitation.role,
    // Anyone holding the link sees this page, so the inviter is only recognisable, not named in full.
    inviterName: maskName(invitation.inviterName),
    expiresAt: invitation.expiresAt,
    usable: reason === null,
    reason,
  };
}
