import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';

export interface CallerResident {
  openid: string;
  /** Null until the WeChat user first applies for a room or accepts an invitation. */
  residentId: string | null;
  currentRoomId: string | null;
}

/** The resident behind a call. Resident roles are only ever given to resident callers, so anything else is a bug. */
export function residentOf(caller: Caller): CallerResident {
  if (caller.kind !== 'resident' || !caller.id) throw new AppError('AUTH.FORBIDDEN');
  return {
    openid: caller.id,
    residentId: caller.resident?.residentId ?? null,
    currentRoomId: caller.resident?.currentRoomId ?? null,
  };
}

/** A staff caller's scope path; managers always have one (empty = the whole platform). */
export function staffScopeOf(caller: Caller): readonly string[] {
  if (caller.kind !== 'staff' || !caller.id || caller.scope === null) throw new AppError('AUTH.FORBIDDEN');
  return caller.scope;
}
