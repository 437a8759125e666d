import type { membershipContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf } from './caller-resident';
import { INVITATIONS, type InvitationDoc, RESIDENTS, type ResidentDoc } from './collections';
import { invitationIdOf, invitationPath } from './invitation-id';
import { findOwnership } from './ownership';

type Invite = typeof membershipContract;

/** An approved owner makes a one-use share link that binds whoever opens it as family or tenant of the room. */
export async function createInvitation(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Invite, 'invite'>,
): Promise<OutputOf<Invite, 'invite'>> {
  const me = residentOf(caller);
  const ownership = await findOwnership(deps, me.residentId, input.roomId);
  if (!ownership) throw new AppError('AUTH.FORBIDDEN', { message: '只有该房屋已认证的业主可以邀请成员' });
  const inviter = await deps.store.collection<ResidentDoc>(RESIDENTS).get(ownership.residentId);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + input.expiresInHours * 3600_000).toISOString();
  const token = deps.ids.token();
  await deps.store.collection<InvitationDoc>(INVITATIONS).insert({
    _id: invitationIdOf(token),
    roomId: ownership.roomId,
    roomLabel: ownership.roomLabel,
    role: input.role,
    inviterResidentId: ownership.residentId,
    inviterName: inviter?.name ?? ownership.applicant.name,
    createdAt: now.toISOString(),
    expiresAt,
    usesLeft: 1,
    acceptedBy: null,
  });
  return { token, expiresAt, path: invitationPath(token) };
}
