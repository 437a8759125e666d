import type { membershipContract, OutputOf, ParsedInputOf } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { residentOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc, membershipIdOf } from './collections';
import { ensureResident } from './ensure-resident';
import { toMembershipView } from './membership-views';
import { moveStatus } from './move-status';
import { loadRoom } from './room-lookup';
import { sealIdNumber } from './seal-id-number';

type Apply = typeof membershipContract;

/** Reads that lose a race re-read and decide again; past this many rounds something is wrong, not just busy. */
const MAX_ROUNDS = 3;

/**
 * A resident asks to be bound to a room. The first application registers them. One membership document exists per
 * (resident, room): a new one is inserted pending; a rejected or revoked one moves back to pending.
 */
export async function applyForRoom(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Apply, 'apply'>,
): Promise<OutputOf<Apply, 'apply'>> {
  const me = residentOf(caller);
  const room = await loadRoom(deps, input.roomId);
  const id = sealIdNumber(deps.idCipher, input.idNumber);
  const resident = await ensureResident(deps, me.openid, { name: input.name, phone: input.phone, id });
  const now = deps.clock.now().toISOString();
  const fields = {
    ...room,
    role: input.role,
    applicant: { name: input.name, phone: input.phone, idCipher: id.idCipher, idMasked: id.idMasked },
    reason: null,
    appliedAt: now,
    decidedAt: null,
    decidedBy: null,
    invitedBy: null,
  };
  const event = { at: now, by: resident._id, reason: null };
  const memberships = deps.store.collection<MembershipDoc>(MEMBERSHIPS);
  const membershipId = membershipIdOf(resident._id, room.roomId);

  for (let round = 0; round < MAX_ROUNDS; round++) {
    const existing = await memberships.get(membershipId);
    if (!existing) {
      const doc: MembershipDoc = {
        _id: membershipId,
        residentId: resident._id,
        openid: me.openid,
        ...fields,
        status: 'pending',
        history: [{ status: 'pending', ...event }],
      };
      try {
        await memberships.insert(doc);
        return toMembershipView(doc, resident.currentRoomId);
      } catch (error) {
        // The same membership was written at the same moment by another call: decide again against that one.
        if (await memberships.get(membershipId)) continue;
        throw error;
      }
    }
    if (existing.status === 'pending') {
      throw new AppError('MEMBERSHIP.ALREADY_PENDING', { message: '该房屋的申请正在审核中，请勿重复提交' });
    }
    if (existing.status === 'approved') {
      throw new AppError('MEMBERSHIP.ALREADY_BOUND', { message: '您已绑定该房屋，无需再次申请' });
    }
    const reopened = await moveStatus(deps, existing, 'pending', event, fields);
    if (reopened) return toMembershipView(reopened, resident.currentRoomId);
  }
  throw new AppError('RESOURCE.CONFLICT');
}
