import type { DeviceAccessEvent } from '../../ports/door-vendor';

/**
 * Hikvision access-control event codes (major/minor, from the ISAPI/HCNetSDK event tables) mapped to how the door
 * was opened. Shared by the webhook push and the event search, which report the same codes in different shapes.
 */

const MAJOR_OPERATION = 3;
const MAJOR_EVENT = 5;

/** `major:minor` → method, for the passes Linli tells apart; every other code is kept as `other`. */
const PASSES: ReadonlyMap<string, DeviceAccessEvent['method']> = new Map([
  // MINOR_REMOTE_OPEN_DOOR (0x400): opened from a platform, i.e. by us.
  [`${MAJOR_OPERATION}:1024`, 'remote'],
  // MINOR_FACE_VERIFY_PASS (0x4b).
  [`${MAJOR_EVENT}:75`, 'face'],
  // MINOR_LEGAL_CARD_PASS (0x01).
  [`${MAJOR_EVENT}:1`, 'card'],
]);

export interface HikvisionEventFields {
  major: number;
  minor: number;
  /** The device's time as it reports it (local time with an offset). */
  time: string;
  doorNo: number | undefined;
  employeeNo: string | undefined;
  cardNo: string | undefined;
  serialNo: number | undefined;
}

/** Null when the device's time cannot be read (the caller turns that into a PROTOCOL error). */
export function toAccessEvent(deviceId: string, fields: HikvisionEventFields): DeviceAccessEvent | null {
  const at = deviceTimeToUtc(fields.time);
  if (!at) return null;
  const method = PASSES.get(`${fields.major}:${fields.minor}`);
  return {
    deviceId,
    // 0 is Hikvision's own "no door" (tamper, device events).
    doorNo: fields.doorNo ?? 0,
    at,
    method: method ?? 'other',
    subject: fields.employeeNo?.trim() || fields.cardNo?.trim() || null,
    // Only the codes above are known passes; a granted event of another kind is logged as `other`, not granted.
    isGranted: method !== undefined,
    raw: {
      major: fields.major,
      minor: fields.minor,
      ...(fields.serialNo === undefined ? {} : { serialNo: fields.serialNo }),
    },
  };
}

/** China's controllers keep local time; one without an offset is read as Asia/Shanghai (UTC+8, no DST). */
const DEFAULT_OFFSET = '+08:00';

export function deviceTimeToUtc(time: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})?$/.exec(time.trim());
  if (!match) return null;
  const offset = match[3] ?? DEFAULT_OFFSET;
  const normalized = offset === 'Z' || offset.includes(':') ? offset : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const ms = Date.parse(`${match[1]}T${match[2]}${normalized}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** A UTC instant as the device's local time, the form ISAPI searches take. */
export function utcToDeviceTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not a time: ${iso}`);
  return `${new Date(ms + 8 * 3600_000).toISOString().slice(0, 19)}${DEFAULT_OFFSET}`;
}
