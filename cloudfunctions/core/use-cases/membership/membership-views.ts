import type { MembershipView } from '@linli/shared';
import type { Deps } from '../../deps';
import { MEMBERSHIPS, type MembershipDoc, RESIDENTS, type ResidentDoc } from './collections';

/** A resident has a handful of rooms at most; more than this is not a household but a data problem. */
const MAX_MEMBERSHIPS = 100;

/**
 * A membership as its resident sees it. Only an approved membership can be the current room: a room whose
 * membership was revoked may still be named in the resident's doc until they switch, but they no longer act for it.
 */
export function toMembershipView(doc: MembershipDoc, currentRoomId: string | null): MembershipView {
  return {
    _id: doc._id,
    roomId: doc.roomId,
    roomLabel: doc.roomLabel,
    compoundId: doc.compoundId,
    role: doc.role,
    status: doc.status,
    reason: doc.reason,
    appliedAt: doc.appliedAt,
    decidedAt: doc.decidedAt,
    isCurrent: doc.status === 'approved' && doc.roomId === currentRoomId,
  };
}

/** Every membership of one resident, newest application first, marked against their current room. */
export async function listMembershipViews(deps: Pick<Deps, 'store'>, residentId: string): Promise<MembershipView[]> {
  const [resident, page] = await Promise.all([
    deps.store.collection<ResidentDoc>(RESIDENTS).get(residentId),
    deps.store
      .collection<MembershipDoc>(MEMBERSHIPS)
      .find({ residentId }, { orderBy: [['appliedAt', 'desc']], limit: MAX_MEMBERSHIPS }),
  ]);
  const currentRoomId = resident?.currentRoomId ?? null;
  return page.items.map((doc) => toMembershipView(doc, currentRoomId));
}
