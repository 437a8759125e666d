import type { Deps } from '../../deps';
import { DoorError } from '../../ports/door-vendor';
import { findAll } from '../places/find-all';
import { type AccessLogCursor, DEVICES, type DeviceDoc } from './collections';
import { endpointOf, webhookKeyOf } from './device-endpoint';
import { recordDeviceEvents } from './ingest-device-events';
import { DOOR_TIMEOUT_MS } from './operate-door';

/** How many controllers are probed at once: enough to sweep a district in seconds without a burst. */
const PARALLEL = 16;

/**
 * The devices timer: probes every controller (authenticated), records online/offline with latency and the problem,
 * points controllers that push events at our webhook when they are not yet (a new or moved device), and reads each
 * controller's own access log since the last sweep: Dahua's entries arrive this way, and Hikvision pushes our webhook
 * missed are caught up (an entry is written once however often it is reported).
 */
export async function checkDevices(
  deps: Deps,
): Promise<{ online: number; offline: number; subscribed: number; logEntries: number }> {
  const devices = await findAll(deps.store.collection<DeviceDoc>(DEVICES), {}, [['_id', 'asc']]);
  const tally = { online: 0, offline: 0, subscribed: 0, logEntries: 0 };
  for (let i = 0; i < devices.length; i += PARALLEL) {
    await Promise.all(
      devices.slice(i, i + PARALLEL).map(async (device) => {
        const result = await checkDevice(deps, device);
        tally[result.isOnline ? 'online' : 'offline'] += 1;
        if (result.isSubscribed) tally.subscribed += 1;
        // Awaited before adding: `tally.x += await …` would read the tally before the wait and lose others' counts.
        const logEntries = result.isOnline ? await readDeviceLog(deps, device) : 0;
        tally.logEntries += logEntries;
      }),
    );
  }
  return tally;
}

/** Entries per read of a controller's own log, and reads per sweep: enough for a busy gate between two sweeps. */
const LOG_PAGE = 100;
const LOG_PAGES_PER_SWEEP = 10;
/** The fewest entries a controller answers while more remain (Hikvision caps its pages at 30). */
const FULL_PAGE = 30;

/**
 * Reads what is new in a controller's own log since its cursor into our access log and moves the cursor. A failed
 * read leaves the cursor, so the next sweep reads it again.
 */
async function readDeviceLog(deps: Deps, device: DeviceDoc): Promise<number> {
  const vendor = deps.doorVendor(device.vendor);
  if (!vendor.readAccessLog) return 0;
  const endpoint = endpointOf(deps, device);
  let cursor: AccessLogCursor = device.accessLogCursor ?? { at: device.createdAt, serialNo: 0 };
  let recorded = 0;
  try {
    for (let page = 0; page < LOG_PAGES_PER_SWEEP; page += 1) {
      const entries = await vendor.readAccessLog(endpoint, cursor.at, LOG_PAGE, { timeoutMs: DOOR_TIMEOUT_MS });
      const after = cursor.serialNo;
      const fresh = entries.filter((entry) => (entry.raw.serialNo ?? 0) > after);
      const last = fresh.at(-1);
      if (!last) break;
      recorded += await recordDeviceEvents(deps, device, fresh);
      cursor = { at: last.at, serialNo: last.raw.serialNo ?? after };
      if (entries.length < FULL_PAGE) break;
    }
  } catch (error) {
    if (!(error instanceof DoorError)) throw error;
    deps.log.log('warn', 'door device log read failed', { deviceId: device._id, kind: error.kind });
  }
  if (cursor !== device.accessLogCursor) {
    await deps.store.collection<DeviceDoc>(DEVICES).update({ _id: device._id }, { set: { accessLogCursor: cursor } });
  }
  return recorded;
}

/** Probes one controller and records what it showed; subscribes it to our webhook when it is not yet. */
export async function checkDevice(
  deps: Deps,
  device: DeviceDoc,
): Promise<{ isOnline: boolean; isSubscribed: boolean }> {
  const vendor = deps.doorVendor(device.vendor);
  const endpoint = endpointOf(deps, device);
  const options = { timeoutMs: DOOR_TIMEOUT_MS };
  const devices = deps.store.collection<DeviceDoc>(DEVICES);
  try {
    const latencyMs = await vendor.probe(endpoint, options);
    const pushUrl = webhookUrlOf(deps, device._id);
    const isSubscribed = Boolean(vendor.events && pushUrl && device.pushUrl !== pushUrl);
    if (vendor.events && pushUrl && isSubscribed) await vendor.events.subscribe(endpoint, pushUrl, options);
    await devices.update(
      { _id: device._id },
      {
        set: {
          isOnline: true,
          lastSeenAt: deps.clock.now().toISOString(),
          lastLatencyMs: latencyMs,
          lastProblem: null,
          ...(isSubscribed && { pushUrl }),
        },
      },
    );
    return { isOnline: true, isSubscribed };
  } catch (error) {
    if (!(error instanceof DoorError)) throw error;
    // A device that answered but refused (bad credentials) is reachable yet unusable: staff must act either way.
    await devices.update({ _id: device._id }, { set: { isOnline: false, lastProblem: error.detail ?? error.message } });
    deps.log.log('warn', 'door device check failed', { deviceId: device._id, kind: error.kind });
    return { isOnline: false, isSubscribed: false };
  }
}

/** Where a controller pushes its events: this deployment's device-events hook, with the device's own key. */
export function webhookUrlOf(deps: Pick<Deps, 'config' | 'vault'>, deviceId: string): string | null {
  const base = deps.config.LINLI_PUBLIC_URL;
  if (!base) return null;
  const query = new URLSearchParams({ device: deviceId, key: webhookKeyOf(deps, deviceId) });
  return `${base.replace(/\/$/, '')}/hooks/door/device-events?${query}`;
}
