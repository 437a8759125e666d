import type { Deps } from '../../deps';
import { STAFF_SESSIONS, type StaffSessionDoc } from '../staff/collections';

/**
 * Deletes staff sessions past their expiry, revoked or not: an expired token is refused by its own `exp` and by its
 * session's `expiresAt`, so the row serves nobody. Run by the system heartbeat.
 */
export async function purgeStaffSessions(deps: Pick<Deps, 'store' | 'clock'>): Promise<number> {
  return deps.store
    .collection<StaffSessionDoc>(STAFF_SESSIONS)
    .remove({ expiresAt: { lt: deps.clock.now().toISOString() } });
}
