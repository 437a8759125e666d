import type { Deps } from '../../deps';
import { STAFF, type StaffDoc } from '../staff/collections';

/** After this many wrong passwords in a row the account rests for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Concurrent failures race on the counter; each retry re-reads it, and only a hostile burst needs more. */
const MAX_RACE_RETRIES = 5;

export function isLocked(doc: Pick<StaffDoc, 'lockedUntil'>, now: Date): boolean {
  return doc.lockedUntil !== null && Date.parse(doc.lockedUntil) > now.getTime();
}

/** Failures that still count: a lockout that has run out starts the count afresh. */
function currentFailures(doc: Pick<StaffDoc, 'failedLogins' | 'lockedUntil'>, now: Date): number {
  return doc.lockedUntil !== null && !isLocked(doc, now) ? 0 : doc.failedLogins;
}

/**
 * Counts one wrong password with a conditional update on the counter as read, so two failures arriving together
 * both count; the one that reaches the limit sets the lock. Returns whether the account is now locked.
 */
export async function recordFailedLogin(deps: Pick<Deps, 'store' | 'clock'>, doc: StaffDoc): Promise<boolean> {
  const staff = deps.store.collection<StaffDoc>(STAFF);
  let seen: StaffDoc | null = doc;
  for (let attempt = 0; seen && attempt < MAX_RACE_RETRIES; attempt++) {
    const now = deps.clock.now();
    if (isLocked(seen, now)) return true;
    const failures = currentFailures(seen, now) + 1;
    const locks = failures >= MAX_FAILED_LOGINS;
    const lockedUntil = locks ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : null;
    const changed = await staff.update(
      { _id: seen._id, failedLogins: seen.failedLogins, lockedUntil: seen.lockedUntil },
      { set: { failedLogins: failures, lockedUntil } },
    );
    if (changed > 0) return locks;
    seen = await staff.get(doc._id);
  }
  return seen !== null && isLocked(seen, deps.clock.now());
}

/** A correct password clears the count (only written when there is something to clear). */
export async function clearFailedLogins(deps: Pick<Deps, 'store'>, doc: StaffDoc): Promise<void> {
  if (doc.failedLogins === 0 && doc.lockedUntil === null) return;
  await deps.store
    .collection<StaffDoc>(STAFF)
    .update({ _id: doc._id }, { set: { failedLogins: 0, lockedUntil: null } });
}
