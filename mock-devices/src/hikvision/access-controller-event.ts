import { formatDeviceTime } from '../door-controller/device-time';
import type { DoorEvent } from '../door-controller/door-event';

/** Hikvision's event classes: 3 = operation (remote commands), 5 = event (verifications at a reader). */
export const MAJOR_OPERATION = 3;
export const MAJOR_EVENT = 5;

/** Minor types: remote open/close/keep-open/keep-closed (0x400–0x403), face verified/refused (0x4b/0x4c). */
const REMOTE_MINOR = { open: 1024, close: 1025, alwaysOpen: 1026, alwaysClose: 1027 } as const;
export const MINOR_FACE_PASS = 75;
export const MINOR_FACE_FAIL = 76;

export function majorMinorOf(event: DoorEvent): { major: number; minor: number } {
  if (event.method === 'remote') return { major: MAJOR_OPERATION, minor: REMOTE_MINOR[event.action] };
  return { major: MAJOR_EVENT, minor: event.granted ? MINOR_FACE_PASS : MINOR_FACE_FAIL };
}

/** One `InfoList` entry of an AcsEvent search. */
export function acsEventEntry(event: DoorEvent): Record<string, unknown> {
  const { major, minor } = majorMinorOf(event);
  const entry: Record<string, unknown> = {
    major,
    minor,
    time: formatDeviceTime(event.at),
    doorNo: event.doorNo,
    serialNo: event.serialNo,
    type: 0,
    currentVerifyMode: event.method === 'face' ? 'cardOrFace' : 'invalid',
  };
  if (event.remote) {
    entry.netUser = event.remote.user;
    entry.remoteHostAddr = event.remote.host;
  }
  if (event.method === 'face') {
    entry.cardReaderNo = event.doorNo * 2 - 1;
    entry.userType = 'normal';
    entry.mask = 'no';
  }
  if (event.subject !== null) entry.employeeNoString = event.subject;
  if (event.name !== null) entry.name = event.name;
  return entry;
}

export interface DeviceIdentity {
  deviceId: string;
  deviceName: string;
  ipAddress: string;
  portNo: number;
  macAddress: string;
}

/**
 * The `event_log` part of a push to an httpHosts listener: an EventNotificationAlert of type AccessControllerEvent.
 * `deviceID` carries the simulator id so one webhook can tell its controllers apart (real devices send it when
 * configured with a device ID; the cloud matches it against its `devices` collection).
 */
export function accessControllerAlert(event: DoorEvent, device: DeviceIdentity, postCount: number) {
  const { major, minor } = majorMinorOf(event);
  const inner: Record<string, unknown> = {
    deviceName: device.deviceName,
    majorEventType: major,
    subEventType: minor,
    doorNo: event.doorNo,
    serialNo: event.serialNo,
    frontSerialNo: Math.max(0, event.serialNo - 1),
    currentVerifyMode: event.method === 'face' ? 'cardOrFace' : 'invalid',
    currentEvent: postCount === 1,
    attendanceStatus: 'undefined',
    statusValue: 0,
  };
  if (event.method === 'face') {
    Object.assign(inner, { cardReaderKind: 1, cardReaderNo: event.doorNo * 2 - 1, userType: 'normal', mask: 'no' });
  }
  if (event.remote) Object.assign(inner, { netUser: event.remote.user, remoteHostAddr: event.remote.host });
  if (event.subject !== null) inner.employeeNoString = event.subject;
  if (event.name !== null) inner.name = event.name;
  return {
    ipAddress: device.ipAddress,
    portNo: device.portNo,
    protocol: 'HTTP',
    macAddress: device.macAddress,
    channelID: 1,
    dateTime: formatDeviceTime(event.at),
    activePostCount: postCount,
    eventType: 'AccessControllerEvent',
    eventState: 'active',
    eventDescription: 'Access Controller Event',
    deviceID: device.deviceId,
    AccessControllerEvent: inner,
  };
}
