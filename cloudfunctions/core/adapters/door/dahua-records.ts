import { type DeviceAccessEvent, type DeviceEndpoint, DoorError } from '../../ports/door-vendor';
import { type DeviceCallOptions, sendToDevice } from './device-request';
import type { HttpReply } from './http-exchange';

/** The SDK's NET_ACCESS_DOOROPEN_METHOD values as the access log records them. */
const METHODS: Record<number, DeviceAccessEvent['method']> = {
  1: 'password',
  2: 'card',
  3: 'card',
  4: 'card',
  5: 'remote',
  15: 'face',
};

/** How far past our clock the search reaches, for a controller whose clock runs ahead. */
const CLOCK_SLACK_SECONDS = 24 * 3600;

/**
 * Reads a Dahua controller's access log: `recordFinder.cgi?action=find&name=AccessControlCardRec` between two epoch
 * seconds, answered as `found=N` and `records[i].Field=value` lines, oldest first. Dahua controllers do not push over
 * HTTP the way Hikvision's do, so the devices timer reads this instead.
 */
export async function readDahuaAccessLog(
  device: DeviceEndpoint,
  from: string,
  max: number,
  options: DeviceCallOptions,
): Promise<DeviceAccessEvent[]> {
  const start = Math.floor(Date.parse(from) / 1000);
  const query = new URLSearchParams({
    action: 'find',
    name: 'AccessControlCardRec',
    StartTime: String(start),
    EndTime: String(Math.floor(Date.now() / 1000) + CLOCK_SLACK_SECONDS),
    count: String(max),
  });
  const reply = await sendToDevice(device, { method: 'GET', path: `/cgi-bin/recordFinder.cgi?${query}` }, options);
  const text = reply.body.toString('utf8').trim();
  if (reply.status < 200 || reply.status >= 300) {
    const [first, ...rest] = text.split(/\r?\n/);
    const reason = first?.trim() === 'Error' ? rest.join(' ').trim() : '';
    throw new DoorError(reason ? 'REJECTED' : 'PROTOCOL', 'dahua', `recordFinder on ${device.deviceId} refused`, {
      detail: reason || `HTTP ${reply.status}`,
    });
  }
  return parseRecords(text, reply, device.deviceId);
}

/** `found=N` then `records[i].Field=value`; a record without a number, time or door is not one this API gives. */
export function parseRecords(text: string, reply: Pick<HttpReply, 'status'>, deviceId: string): DeviceAccessEvent[] {
  const fields = new Map<number, Map<string, string>>();
  let found: number | null = null;
  for (const line of text.split(/\r?\n/)) {
    const at = line.indexOf('=');
    if (at < 0) continue;
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (key === 'found') found = Number(value);
    const record = /^records\[(\d{1,4})\]\.(\w+)$/.exec(key);
    if (!record) continue;
    const index = Number(record[1]);
    const fieldsOf = fields.get(index) ?? new Map<string, string>();
    fieldsOf.set(record[2] ?? '', value);
    fields.set(index, fieldsOf);
  }
  if (found === null || !Number.isInteger(found) || found !== fields.size) {
    throw nonsense(`recordFinder answered ${fields.size} records, found=${found ?? '(missing)'}`, reply);
  }
  return [...fields.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, record]) => {
      const recNo = integer(record.get('RecNo'));
      const createTime = integer(record.get('CreateTime'));
      const door = integer(record.get('Door') ?? '0');
      if (recNo === null || createTime === null || door === null) {
        throw nonsense('a record without RecNo, CreateTime or Door', reply);
      }
      const method = integer(record.get('Method') ?? '');
      return {
        deviceId,
        doorNo: door + 1,
        at: new Date(createTime * 1000).toISOString(),
        method: (method !== null && METHODS[method]) || 'other',
        subject: record.get('UserID') || record.get('CardNo') || null,
        isGranted: record.get('Status') === '1',
        raw: { serialNo: recNo },
      };
    });
}

function integer(value: string | undefined): number | null {
  return value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : null;
}

function nonsense(message: string, reply: Pick<HttpReply, 'status'>): DoorError {
  return new DoorError('PROTOCOL', 'dahua', `${message} (HTTP ${reply.status})`, { detail: message });
}
