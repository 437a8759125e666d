import type { Deps } from '../../deps';
import { MEMBERSHIPS, type MembershipDoc, membershipIdOf } from './collections';

/**
 * The resident's approved owner membership of a room, or null. Owner powers over a room come from this document,
 * not from the caller's role, which only reflects whichever room is current.
 */
export async function findOwnership(
  deps: Pick<Deps, 'store'>,
  residentId: string | null,
  roomId: string,
): Promise<MembershipDoc | null> {
  if (!residentId) return null;
  const doc = await deps.store.collection<MembershipDoc>(MEMBERSHIPS).get(membershipIdOf(residentId, roomId));
  return doc?.status === 'approved' && doc.role === 'owner' ? doc : null;
}
