import { z } from 'zod';
import { type DeviceAccessEvent, DoorError } from '../../ports/door-vendor';
import { toAccessEvent } from './hikvision-event-mapping';
import { boundaryOf, parseMultipart } from './multipart';

/**
 * Reads what a Hikvision controller POSTs to our webhook (configured through `httpHosts` with JSON format): a
 * multipart/form-data body whose `event_log` part is the event JSON (pictures ride along as other parts), or the
 * bare JSON. Events other than access-controller ones (heartbeats, video loss) give no access events.
 */

const ZCode = z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]);

const ZAccessControllerEvent = z.object({
  majorEventType: ZCode,
  subEventType: ZCode,
  doorNo: ZCode.optional(),
  employeeNoString: z.string().optional(),
  cardNo: z.string().optional(),
  serialNo: ZCode.optional(),
});

const ZEventNotification = z.object({
  eventType: z.string(),
  dateTime: z.string(),
  AccessControllerEvent: ZAccessControllerEvent.optional(),
});

const EVENT_PART = 'event_log';

export function parseHikvisionEventPush(body: Buffer, contentType: string, deviceId: string): DeviceAccessEvent[] {
  const json = eventJsonOf(body, contentType);
  let document: unknown;
  try {
    document = JSON.parse(json.toString('utf8'));
  } catch (error) {
    throw malformed('the event is not JSON', error);
  }
  const parsed = ZEventNotification.safeParse(document);
  if (!parsed.success) throw malformed(`the event does not match the schema: ${z.prettifyError(parsed.error)}`);
  const notification = parsed.data;
  if (notification.eventType !== 'AccessControllerEvent') return [];

  const fields = notification.AccessControllerEvent;
  if (!fields) throw malformed('an AccessControllerEvent without its AccessControllerEvent object');
  const event = toAccessEvent(deviceId, {
    major: fields.majorEventType,
    minor: fields.subEventType,
    time: notification.dateTime,
    doorNo: fields.doorNo,
    employeeNo: fields.employeeNoString,
    cardNo: fields.cardNo,
    serialNo: fields.serialNo,
  });
  if (!event) throw malformed(`unreadable dateTime "${notification.dateTime}"`);
  return [event];
}

function eventJsonOf(body: Buffer, contentType: string): Buffer {
  const boundary = boundaryOf(contentType);
  if (boundary === null) {
    if (/json/i.test(contentType)) return body;
    throw malformed(`content type "${contentType}" is neither multipart/form-data nor JSON`);
  }
  let parts: ReturnType<typeof parseMultipart>;
  try {
    parts = parseMultipart(body, boundary);
  } catch (error) {
    throw malformed(`unreadable multipart body: ${error instanceof Error ? error.message : String(error)}`, error);
  }
  const part = parts.find((candidate) => candidate.name === EVENT_PART);
  if (!part) {
    const names = parts.map((candidate) => candidate.name ?? '(unnamed)').join(', ') || 'none';
    throw malformed(`no "${EVENT_PART}" part in the multipart body (parts: ${names})`);
  }
  return part.body;
}

function malformed(message: string, cause?: unknown): DoorError {
  return new DoorError('PROTOCOL', 'hikvision', `event push: ${message}`, { cause });
}
