import { timingSafeEqual } from 'node:crypto';
import type { AccessMethod } from '@linli/shared';
import { z } from 'zod';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { HookRequest } from '../../handler/hook-event';
import { type NewDoc, StoreError } from '../../ports/document-store';
import { type DeviceAccessEvent, DoorError } from '../../ports/door-vendor';
import { DEVICES, type DeviceDoc, DOOR_ENTRIES, DOORS, type DoorDoc, type DoorEntryDoc, doorIdOf } from './collections';
import { webhookKeyOf } from './device-endpoint';

const ZHookQuery = z.object({ device: z.string().min(1).max(64), key: z.string().min(1).max(128) });

const METHODS: Record<DeviceAccessEvent['method'], AccessMethod | null> = {
  // Remote opens are our own app and visitor opens echoed back: they are logged when made, with who asked.
  remote: null,
  face: 'face',
  card: 'card',
  password: 'password',
  other: 'other',
};

/**
 * The device-events webhook: a controller pushes what happened at its doors (faces, cards). The URL it was given
 * carries its id and key; anything else (unknown device, wrong key, a vendor that does not push, a body that is not
 * the vendor's format) is refused with nothing written. A re-sent event (same serial number) is recorded once.
 */
export async function ingestDeviceEvents(deps: Deps, request: HookRequest): Promise<{ recorded: number }> {
  const query = ZHookQuery.safeParse(request.query);
  if (!query.success) throw new AppError('AUTH.UNAUTHENTICATED', { message: '设备凭证无效' });
  const device = await deps.store.collection<DeviceDoc>(DEVICES).get(query.data.device);
  if (!device || !isSameKey(query.data.key, webhookKeyOf(deps, device._id))) {
    throw new AppError('AUTH.UNAUTHENTICATED', { message: '设备凭证无效' });
  }
  const events = deps.doorVendor(device.vendor).events;
  if (!events) throw new AppError('REQUEST.MALFORMED', { message: '该设备不支持事件推送' });
  let pushed: DeviceAccessEvent[];
  try {
    pushed = events.parsePush(request.body, request.headers['content-type'] ?? '', device._id);
  } catch (error) {
    if (error instanceof DoorError) throw new AppError('REQUEST.MALFORMED', { message: '设备事件格式不正确' });
    throw error;
  }
  return { recorded: await recordDeviceEvents(deps, device, pushed) };
}

/**
 * Writes what a controller reported (pushed, or read from its own log) into the access log; returns how many were
 * new. An event with the controller's serial number is written once however often it is reported.
 */
export async function recordDeviceEvents(
  deps: Pick<Deps, 'store'>,
  device: DeviceDoc,
  events: readonly DeviceAccessEvent[],
): Promise<number> {
  let recorded = 0;
  for (const event of events) {
    const method = METHODS[event.method];
    if (method === null) continue;
    if (await recordEvent(deps, device, event, method)) recorded += 1;
  }
  return recorded;
}

async function recordEvent(
  deps: Pick<Deps, 'store'>,
  device: DeviceDoc,
  event: DeviceAccessEvent,
  method: AccessMethod,
) {
  const doorId = doorIdOf(device._id, event.doorNo);
  const door = await deps.store.collection<DoorDoc>(DOORS).get(doorId);
  const entry: NewDoc<DoorEntryDoc> = {
    at: event.at,
    doorId,
    deviceId: device._id,
    doorName: door?.name ?? `${event.doorNo}号门`,
    placeLabel: door?.placeLabel ?? device.placeLabel,
    districtId: device.districtId,
    streetId: device.streetId,
    communityId: device.communityId,
    compoundId: device.compoundId,
    buildingId: door?.buildingId ?? device.buildingId,
    unitId: door?.unitId ?? null,
    method,
    result: event.isGranted ? 'opened' : 'denied',
    who: event.subject ? `人员编号 ${event.subject}` : '未识别人员',
    residentId: null,
    passId: null,
    subject: event.subject,
    latencyMs: null,
    detail: event.raw.major === undefined ? null : `major ${event.raw.major} minor ${event.raw.minor ?? '-'}`,
  };
  if (event.raw.serialNo !== undefined) entry._id = `ev_${device._id}_${event.raw.serialNo}`.slice(0, 64);
  try {
    await deps.store.collection<DoorEntryDoc>(DOOR_ENTRIES).insert(entry);
    return true;
  } catch (error) {
    if (error instanceof StoreError && error.kind === 'DUPLICATE') return false;
    throw error;
  }
}

function isSameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
