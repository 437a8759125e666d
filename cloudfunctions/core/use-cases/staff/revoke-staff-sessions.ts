import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { STAFF_SESSIONS, type StaffSessionDoc } from './collections';

/**
 * Ends a staff member's live sessions at once (the caller directory checks `revokedAt` on every call), optionally
 * keeping the one the request came from. Returns how many were revoked.
 */
export async function revokeStaffSessions(
  deps: Pick<Deps, 'store' | 'clock'>,
  staffId: string,
  options: { except?: string } = {},
): Promise<number> {
  const filter: Filter = { staffId, revokedAt: null };
  if (options.except !== undefined) filter._id = { ne: options.except };
  return deps.store
    .collection<StaffSessionDoc>(STAFF_SESSIONS)
    .update(filter, { set: { revokedAt: deps.clock.now().toISOString() } });
}
