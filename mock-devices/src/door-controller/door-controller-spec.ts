export type DoorControllerVendor = 'hikvision' | 'dahua';

export interface DoorSpec {
  /** The controller's own door number: Hikvision `door/{doorNo}`, Dahua `channel`. Starts at 1. */
  doorNo: number;
  name: string;
  /** The unit this door lets into, when it is a unit door (places id, e.g. `cpd-1-b1-u1`). */
  unitId?: string;
}

/** One door controller as installed in a compound: what the cloud seeds its `devices` collection from. */
export interface DoorControllerSpec {
  id: string;
  vendor: DoorControllerVendor;
  name: string;
  compoundId: string;
  buildingId?: string;
  doors: readonly DoorSpec[];
  username: string;
  password: string;
}

export interface DoorControllerOptions {
  /** Milliseconds since the epoch; tests move it to expire nonces and locks. */
  now?: () => number;
  /** How long a digest nonce is accepted (default 5 minutes). */
  nonceTtlMs?: number;
  /** Consecutive bad digest answers before a lock, and its length; null never locks (default: the vendor's). */
  lockout?: { maxFailures: number; lockMs: number } | null;
  /** Waits before re-posting a push the receiver did not take (Hikvision; default 1 s then 5 s). */
  pushRetryDelaysMs?: readonly number[];
  /** Deadline of one push attempt (default 5 s). */
  pushTimeoutMs?: number;
}

export interface ResolvedOptions {
  now: () => number;
  nonceTtlMs: number;
  lockout: { maxFailures: number; lockMs: number } | null;
  pushRetryDelaysMs: readonly number[];
  pushTimeoutMs: number;
}

export function resolveOptions(
  options: DoorControllerOptions,
  vendorLockout: ResolvedOptions['lockout'],
): ResolvedOptions {
  return {
    now: options.now ?? Date.now,
    nonceTtlMs: options.nonceTtlMs ?? 5 * 60_000,
    lockout: options.lockout === undefined ? vendorLockout : options.lockout,
    pushRetryDelaysMs: options.pushRetryDelaysMs ?? [1000, 5000],
    pushTimeoutMs: options.pushTimeoutMs ?? 5000,
  };
}
