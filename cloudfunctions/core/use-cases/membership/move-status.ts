import type { MembershipStatus } from '@linli/shared';
import type { Deps } from '../../deps';
import { MEMBERSHIPS, type MembershipDoc, type MembershipEvent } from './collections';

type Patch = Partial<Omit<MembershipDoc, '_id' | 'status' | 'history'>>;

/**
 * Moves a membership from the status it was read in to the next one, recording the step in its history in the same
 * atomic update. Conditional on the old status: of two concurrent moves exactly one applies; the other gets null.
 */
export async function moveStatus(
  deps: Pick<Deps, 'store'>,
  doc: MembershipDoc,
  to: MembershipStatus,
  event: Omit<MembershipEvent, 'status'>,
  patch: Patch = {},
): Promise<MembershipDoc | null> {
  const step: MembershipEvent = { status: to, ...event };
  const changed = await deps.store
    .collection<MembershipDoc>(MEMBERSHIPS)
    .update({ _id: doc._id, status: doc.status }, { set: { ...patch, status: to }, push: { history: step } });
  return changed === 1 ? { ...doc, ...patch, status: to, history: [...doc.history, step] } : null;
}
