import type { Deps } from '../../deps';
import { purgeRateWindows } from '../../guards/rate-limit';
import { purgeStaffSessions } from '../auth/purge-staff-sessions';
import { type HeartbeatDoc, SYSTEM_COLLECTION } from './collections';

const HEARTBEAT_ID = 'heartbeat';

/**
 * The system function's timer: proves timers fire in every runtime, and lets health checks see when they last did.
 * It also sweeps away what outlived its use: closed rate-limit windows (every function leaves them) and expired
 * staff sessions.
 */
export async function recordHeartbeat(
  deps: Deps,
): Promise<{ beats: number; lastAt: string; purgedRateWindows: number; purgedStaffSessions: number }> {
  const lastAt = deps.clock.now().toISOString();
  const heartbeats = deps.store.collection<HeartbeatDoc>(SYSTEM_COLLECTION);
  const changed = await heartbeats.update({ _id: HEARTBEAT_ID }, { set: { lastAt }, inc: { beats: 1 } });
  if (changed === 0) {
    try {
      await heartbeats.insert({ _id: HEARTBEAT_ID, kind: 'heartbeat', lastAt, beats: 1 });
    } catch {
      // Another instance inserted it between our update and insert: count this beat on theirs.
      await heartbeats.update({ _id: HEARTBEAT_ID }, { set: { lastAt }, inc: { beats: 1 } });
    }
  }
  const doc = await heartbeats.get(HEARTBEAT_ID);
  return {
    beats: doc?.beats ?? 1,
    lastAt,
    purgedRateWindows: await purgeRateWindows(deps),
    purgedStaffSessions: await purgeStaffSessions(deps),
  };
}
