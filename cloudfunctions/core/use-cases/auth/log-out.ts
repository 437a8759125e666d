import type { authContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { STAFF_SESSIONS, type StaffSessionDoc } from '../staff/collections';

/** Revokes the session the call came with; the same token is refused from the next call on. */
export const logOut: Route<typeof authContract, 'logout'> = async (deps, caller) => {
  if (caller.kind !== 'staff' || !caller.sessionId) throw new AppError('AUTH.UNAUTHENTICATED');
  await deps.store
    .collection<StaffSessionDoc>(STAFF_SESSIONS)
    .update(
      { _id: caller.sessionId, staffId: caller.id, revokedAt: null },
      { set: { revokedAt: deps.clock.now().toISOString() } },
    );
  return { loggedOut: true };
};
