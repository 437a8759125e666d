import type { AccessMethod, AccessResult, ErrorCode } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { DoorError, type DoorErrorKind } from '../../ports/door-vendor';
import { DEVICES, type DeviceDoc, DOOR_ENTRIES, type DoorDoc, type DoorEntryDoc } from './collections';
import { endpointOf } from './device-endpoint';

/** The longest anyone waits at a door: past it the answer is DOOR.DEVICE_TIMEOUT, never a guess. */
export const DOOR_TIMEOUT_MS = 3000;

export interface DoorOpener {
  method: Extract<AccessMethod, 'app' | 'visitor'>;
  /** Masked display text for the access log. */
  who: string;
  residentId: string | null;
  passId: string | null;
}

const FAILURES: Record<DoorErrorKind, { result: AccessResult; code: ErrorCode }> = {
  OFFLINE: { result: 'offline', code: 'DOOR.DEVICE_OFFLINE' },
  TIMEOUT: { result: 'timeout', code: 'DOOR.DEVICE_TIMEOUT' },
  REJECTED: { result: 'rejected', code: 'DOOR.DEVICE_REJECTED' },
  PROTOCOL: { result: 'rejected', code: 'DOOR.DEVICE_REJECTED' },
};

/**
 * Tells the door's controller to open and resolves only when it confirmed. Every attempt, opened or not, is one
 * access-log entry with its latency; the device's reachability is refreshed from what the call showed. A failure
 * becomes the DOOR.* error its kind maps to, with the device's own words kept in the log, not shown to the user.
 */
export async function operateDoor(
  deps: Deps,
  door: DoorDoc,
  opener: DoorOpener,
): Promise<{ openedAt: string; latencyMs: number }> {
  const devices = deps.store.collection<DeviceDoc>(DEVICES);
  const device = await devices.get(door.deviceId);
  if (!device) throw new AppError('RESOURCE.NOT_FOUND', { message: '门禁设备不存在' });
  const started = performance.now();
  let outcome: { result: AccessResult; detail: string | null; failure: ErrorCode | null; isReachable: boolean };
  try {
    await deps
      .doorVendor(device.vendor)
      .command(endpointOf(deps, device), door.doorNo, 'open', { timeoutMs: DOOR_TIMEOUT_MS });
    outcome = { result: 'opened', detail: null, failure: null, isReachable: true };
  } catch (error) {
    if (!(error instanceof DoorError)) throw error;
    const failure = FAILURES[error.kind];
    outcome = {
      result: failure.result,
      detail: error.detail ?? error.message,
      failure: failure.code,
      isReachable: error.kind === 'REJECTED' || error.kind === 'PROTOCOL',
    };
  }
  const latencyMs = Math.round((performance.now() - started) * 10) / 10;
  const at = deps.clock.now().toISOString();
  await deps.store.collection<DoorEntryDoc>(DOOR_ENTRIES).insert({
    at,
    doorId: door._id,
    deviceId: device._id,
    doorName: door.name,
    placeLabel: door.placeLabel,
    districtId: door.districtId,
    streetId: door.streetId,
    communityId: door.communityId,
    compoundId: door.compoundId,
    buildingId: door.buildingId,
    unitId: door.unitId,
    method: opener.method,
    result: outcome.result,
    who: opener.who,
    residentId: opener.residentId,
    passId: opener.passId,
    subject: null,
    latencyMs,
    detail: outcome.detail,
  });
  await devices.update(
    { _id: device._id },
    {
      set: outcome.isReachable
        ? { isOnline: true, lastSeenAt: at, lastLatencyMs: latencyMs, lastProblem: outcome.detail }
        : { isOnline: false, lastProblem: outcome.detail },
    },
  );
  if (outcome.failure) throw new AppError(outcome.failure);
  return { openedAt: at, latencyMs };
}
