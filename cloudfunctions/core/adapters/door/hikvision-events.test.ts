import { DoorError } from '../../ports/door-vendor';
import { parseHikvisionEventPush } from './hikvision-events';

const FACE_EVENT = {
  ipAddress: '10.1.2.3',
  portNo: 80,
  protocol: 'HTTP',
  macAddress: 'a4:14:37:00:11:22',
  channelID: 1,
  dateTime: '2026-05-16T10:30:05+08:00',
  activePostCount: 1,
  eventType: 'AccessControllerEvent',
  eventState: 'active',
  eventDescription: 'Access Controller Event',
  AccessControllerEvent: {
    deviceName: '阳光花园 大门',
    majorEventType: 5,
    subEventType: 75,
    name: '张三',
    cardReaderNo: 1,
    employeeNoString: 'E1001',
    serialNo: 42,
    doorNo: 2,
    currentVerifyMode: 'cardOrFace',
  },
};

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x0d, 0x0a, 0x2d, 0x2d, 0x00, 0xff, 0xd9]);

function multipart(parts: { name: string; type: string; body: Buffer | string }[], boundary = 'MIME_boundary') {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${part.name}"\r\nContent-Type: ${part.type}\r\n\r\n`,
      ),
      Buffer.isBuffer(part.body) ? part.body : Buffer.from(part.body),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

function protocolError(run: () => unknown): DoorError {
  try {
    run();
  } catch (error) {
    if (error instanceof DoorError) return error;
    throw error;
  }
  throw new Error('expected a DoorError, got a result');
}

describe('parseHikvisionEventPush', () => {
  it('reads the event_log part of a multipart push, pictures around it', () => {
    const { body, contentType } = multipart([
      { name: 'Picture', type: 'image/jpeg', body: JPEG },
      { name: 'event_log', type: 'application/json', body: JSON.stringify(FACE_EVENT) },
      { name: 'Picture2', type: 'image/jpeg', body: JPEG },
    ]);
    expect(parseHikvisionEventPush(body, contentType, 'dev-1')).toEqual([
      {
        deviceId: 'dev-1',
        doorNo: 2,
        at: '2026-05-16T02:30:05.000Z',
        method: 'face',
        subject: 'E1001',
        isGranted: true,
        raw: { major: 5, minor: 75, serialNo: 42 },
      },
    ]);
  });

  it('reads a bare JSON push and maps remote, card and other codes', () => {
    const push = (major: number, minor: number, extra: object = {}) =>
      parseHikvisionEventPush(
        Buffer.from(
          JSON.stringify({
            ...FACE_EVENT,
            AccessControllerEvent: { majorEventType: major, subEventType: minor, doorNo: 1, ...extra },
          }),
        ),
        'application/json; charset=UTF-8',
        'dev-1',
      )[0];
    expect(push(3, 1024)).toMatchObject({ method: 'remote', isGranted: true, subject: null });
    expect(push(5, 1, { cardNo: '12345678' })).toMatchObject({ method: 'card', isGranted: true, subject: '12345678' });
    expect(push(5, 76, { employeeNoString: 'E9' })).toMatchObject({ method: 'other', isGranted: false });
    expect(push(2, 39)).toMatchObject({ method: 'other', isGranted: false, raw: { major: 2, minor: 39 } });
  });

  it('reads device times without an offset as China time, and Z as UTC', () => {
    const at = (dateTime: string) =>
      parseHikvisionEventPush(Buffer.from(JSON.stringify({ ...FACE_EVENT, dateTime })), 'application/json', 'd')[0]?.at;
    expect(at('2026-05-16T10:30:05')).toBe('2026-05-16T02:30:05.000Z');
    expect(at('2026-05-16T10:30:05Z')).toBe('2026-05-16T10:30:05.000Z');
    expect(at('2026-05-16T10:30:05+0800')).toBe('2026-05-16T02:30:05.000Z');
  });

  it('gives no access events for other event types (heartbeats)', () => {
    const heartbeat = { ...FACE_EVENT, eventType: 'heartBeat', AccessControllerEvent: undefined };
    expect(parseHikvisionEventPush(Buffer.from(JSON.stringify(heartbeat)), 'application/json', 'd')).toEqual([]);
  });

  it.each([
    ['not JSON', Buffer.from('{"eventType": "AccessCon'), 'application/json', /not JSON/],
    ['off schema', Buffer.from(JSON.stringify({ ...FACE_EVENT, dateTime: 5 })), 'application/json', /schema/],
    [
      'an access event without its details',
      Buffer.from(JSON.stringify({ ...FACE_EVENT, AccessControllerEvent: undefined })),
      'application/json',
      /without its AccessControllerEvent/,
    ],
    [
      'an unreadable time',
      Buffer.from(JSON.stringify({ ...FACE_EVENT, dateTime: 'yesterday' })),
      'application/json',
      /dateTime/,
    ],
    ['XML', Buffer.from('<EventNotificationAlert/>'), 'application/xml', /neither multipart/],
    [
      'multipart without event_log',
      multipart([{ name: 'Picture', type: 'image/jpeg', body: JPEG }]).body,
      multipart([]).contentType,
      /no "event_log" part .*Picture/,
    ],
    ['multipart without its boundary', Buffer.from('junk'), 'multipart/form-data; boundary=zzz', /no "--zzz"/],
  ])('throws PROTOCOL for %s', (_name, body, contentType, message) => {
    const error = protocolError(() => parseHikvisionEventPush(body, contentType, 'd'));
    expect(error.kind).toBe('PROTOCOL');
    expect(error.vendor).toBe('hikvision');
    expect(error.message).toMatch(message);
  });
});
