import type { AccessMethod, AccessResult } from '@linli/shared';
import type { Doc, IndexSpec } from '../../ports/document-store';
import type { DoorVendorName } from '../../ports/door-vendor';

export const DEVICES = 'devices';
export const DOORS = 'doors';
export const DOOR_ENTRIES = 'door_entries';
export const DOOR_USAGE = 'door_usage';

/** Where a device or door sits: the ancestor ids staff scopes select on (一级一权限). */
export interface PlaceAncestry {
  districtId: string;
  streetId: string;
  communityId: string;
  compoundId: string;
}

/** A door controller. Its credentials are sealed for 'device-credential' and never leave the server. */
export interface DeviceDoc extends Doc, PlaceAncestry {
  vendor: DoorVendorName;
  name: string;
  /** Null for a compound's gate controller, else the building whose unit doors it drives. */
  buildingId: string | null;
  placeLabel: string;
  baseUrl: string;
  credentials: string;
  doors: { doorNo: number; name: string; unitId: string | null }[];
  isOnline: boolean;
  lastSeenAt: string | null;
  lastLatencyMs: number | null;
  /** Why the last probe failed, for staff (the device's own words). */
  lastProblem: string | null;
  /** The webhook this controller was last told to push events to (Hikvision listening host). */
  pushUrl: string | null;
  /**
   * How far its own access log has been read, for controllers read rather than pushing (Dahua): the last entry's
   * time and serial number. Absent for controllers registered before it existed (read from registration on).
   */
  accessLogCursor?: AccessLogCursor | null;
  createdAt: string;
}

export interface AccessLogCursor {
  /** UTC ISO: the next read starts at this second. */
  at: string;
  /** The controller's serial number of the last entry read; entries up to it are skipped. */
  serialNo: number;
}

/** One door of a controller, `_id` = `<deviceId>-<doorNo>`: what residents see and passes name. */
export interface DoorDoc extends Doc, PlaceAncestry {
  deviceId: string;
  doorNo: number;
  name: string;
  /** 'gate': a compound's gate, for all its residents; 'unit': a door of a building, of one unit or (unitId null) all. */
  kind: 'gate' | 'unit';
  buildingId: string | null;
  unitId: string | null;
  /** "阳光花园 南门", "阳光花园 1栋 1单元". */
  placeLabel: string;
}

/** Every attempt to pass a door, whoever made it and however it ended. */
export interface DoorEntryDoc extends Doc, PlaceAncestry {
  at: string;
  doorId: string;
  deviceId: string;
  doorName: string;
  placeLabel: string;
  buildingId: string | null;
  unitId: string | null;
  method: AccessMethod;
  result: AccessResult;
  /** Display text for staff: masked names only. */
  who: string;
  residentId: string | null;
  passId: string | null;
  /** The controller's own person/card id for device-reported entries. */
  subject: string | null;
  latencyMs: number | null;
  /** The device's own words on failure (ISAPI subStatusCode, …). */
  detail: string | null;
}

/** How often a resident opened a door: the door page puts the most used first. */
export interface DoorUsageDoc extends Doc {
  residentId: string;
  doorId: string;
  uses: number;
  lastAt: string;
}

export function doorIdOf(deviceId: string, doorNo: number): string {
  return `${deviceId}-${doorNo}`;
}

export function doorUsageIdOf(residentId: string, doorId: string): string {
  return `u_${residentId}_${doorId}`.slice(0, 64);
}

export const DOOR_INDEXES: readonly IndexSpec[] = [
  { collection: DEVICES, fields: ['compoundId'] },
  { collection: DEVICES, fields: ['communityId'] },
  { collection: DEVICES, fields: ['streetId'] },
  { collection: DEVICES, fields: ['districtId'] },
  { collection: DEVICES, fields: ['baseUrl'] },
  { collection: DOORS, fields: ['compoundId', 'kind'] },
  { collection: DOORS, fields: ['buildingId', 'kind'] },
  { collection: DOORS, fields: ['deviceId', 'doorNo'] },
  { collection: DOOR_ENTRIES, fields: ['at'] },
  { collection: DOOR_ENTRIES, fields: ['compoundId', 'at'] },
  { collection: DOOR_ENTRIES, fields: ['communityId', 'at'] },
  { collection: DOOR_ENTRIES, fields: ['streetId', 'at'] },
  { collection: DOOR_ENTRIES, fields: ['districtId', 'at'] },
  { collection: DOOR_ENTRIES, fields: ['doorId', 'at'] },
  { collection: DOOR_ENTRIES, fields: ['passId', 'at'] },
  { collection: DOOR_ENTRIES, fields: ['method', 'at'] },
  { collection: DOOR_USAGE, fields: ['residentId'] },
];
