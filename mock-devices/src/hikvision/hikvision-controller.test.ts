import { DigestClient, digestAuthorization, parseChallenge } from '../test/digest-client';
import { HIK_SPEC, startDoors } from '../test/door-fixture';
import { parseIsapiXml } from './isapi-xml';

type Doors = Awaited<ReturnType<typeof startDoors>>;

const OPEN =
  '<RemoteControlDoor version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema"><cmd>open</cmd></RemoteControlDoor>';

function statusOf(xml: string): { statusCode?: string; subStatusCode?: string; root?: string } {
  const document = parseIsapiXml(xml);
  if (!document || typeof document.content === 'string') return {};
  const { statusCode, subStatusCode } = document.content;
  return {
    root: document.root,
    statusCode: typeof statusCode === 'string' ? statusCode : undefined,
    subStatusCode: typeof subStatusCode === 'string' ? subStatusCode : undefined,
  };
}

describe('Hikvision ISAPI controller', () => {
  let doors: Doors;
  let now = 0;
  let client: DigestClient;
  const url = (path: string) => `${doors.base(HIK_SPEC.id)}${path}`;
  const openDoor = (doorNo: number | string, body = OPEN) =>
    client.request(url(`/ISAPI/AccessControl/RemoteControl/door/${doorNo}`), {
      method: 'PUT',
      body,
      contentType: 'application/xml',
    });
  const search = (cond: Record<string, unknown>) =>
    client.request(url('/ISAPI/AccessControl/AcsEvent?format=json'), {
      method: 'POST',
      body: JSON.stringify({ AcsEventCond: { searchID: 's1', searchResultPosition: 0, maxResults: 30, ...cond } }),
      contentType: 'application/json',
    });

  beforeEach(async () => {
    now = Date.UTC(2026, 4, 16, 2, 30);
    doors = await startDoors([HIK_SPEC], { now: () => now, lockout: { maxFailures: 3, lockMs: 60_000 } });
    client = new DigestClient(HIK_SPEC.username, HIK_SPEC.password);
  });
  afterEach(() => doors.mock.close());

  it('challenges with a digest nonce, then answers the device info', async () => {
    const { first, final, body } = await client.request(url('/ISAPI/System/deviceInfo'));
    expect(first.status).toBe(401);
    const header = first.headers.get('www-authenticate') ?? '';
    expect(header).toMatch(/^Digest /);
    expect(parseChallenge(header)).toMatchObject({ qop: 'auth', stale: false, opaque: expect.any(String) });
    expect(final.status).toBe(200);
    expect(body).toContain('<DeviceInfo version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">');
    expect(body).toContain('<model>DS-K2602T</model>');
    expect(body).toContain('<deviceName>测试门禁</deviceName>');
  });

  it('refuses a wrong password, then locks even the right one until reset', async () => {
    const wrong = new DigestClient(HIK_SPEC.username, 'wrong');
    const first = await wrong.request(url('/ISAPI/System/deviceInfo'));
    expect(first.final.status).toBe(401);
    expect(first.final.headers.get('www-authenticate')).toMatch(/^Digest /);
    expect(first.body).toContain('<retryLoginTime>2</retryLoginTime>');
    expect(first.body).toContain('<lockStatus>unlock</lockStatus>');
    await wrong.request(url('/ISAPI/System/deviceInfo'));
    const third = await wrong.request(url('/ISAPI/System/deviceInfo'));
    expect(third.body).toContain('<lockStatus>lock</lockStatus>');
    expect(third.body).toContain('<unlockTime>60</unlockTime>');

    const right = await client.request(url('/ISAPI/System/deviceInfo'));
    expect(right.final.status).toBe(401);
    expect(right.body).toContain('<lockStatus>lock</lockStatus>');
    expect((await doors.control(HIK_SPEC.id, '')).json).toMatchObject({ device: { auth: { locked: true } } });

    now += 61_000;
    expect((await client.request(url('/ISAPI/System/deviceInfo'))).final.status).toBe(200);
    for (let i = 0; i < 3; i++) await wrong.request(url('/ISAPI/System/deviceInfo'));
    await doors.control(HIK_SPEC.id, '/reset', {});
    expect((await client.request(url('/ISAPI/System/deviceInfo'))).final.status).toBe(200);
  });

  it('reuses a nonce with a growing nc, refuses a replayed nc and marks an expired nonce stale', async () => {
    await client.request(url('/ISAPI/System/deviceInfo'));
    const again = await client.request(url('/ISAPI/System/deviceInfo'));
    expect(again.first.status).toBe(200);

    const first = await fetch(url('/ISAPI/System/deviceInfo'));
    const challenge = parseChallenge(first.headers.get('www-authenticate'));
    const uri = `/devices/${HIK_SPEC.id}/ISAPI/System/deviceInfo`;
    const authorization = digestAuthorization({ ...HIK_SPEC, method: 'GET', uri, challenge, nc: 1, cnonce: 'abc' });
    expect((await fetch(url('/ISAPI/System/deviceInfo'), { headers: { authorization } })).status).toBe(200);
    const replay = await fetch(url('/ISAPI/System/deviceInfo'), { headers: { authorization } });
    expect(replay.status).toBe(401);

    now += 6 * 60_000;
    const late = digestAuthorization({ ...HIK_SPEC, method: 'GET', uri, challenge, nc: 2 });
    const stale = await fetch(url('/ISAPI/System/deviceInfo'), { headers: { authorization: late } });
    expect(stale.status).toBe(401);
    expect(parseChallenge(stale.headers.get('www-authenticate')).stale).toBe(true);

    const otherUri = digestAuthorization({ ...HIK_SPEC, method: 'GET', uri: '/elsewhere', challenge, nc: 3 });
    expect((await fetch(url('/ISAPI/System/deviceInfo'), { headers: { authorization: otherUri } })).status).toBe(401);
  });

  it('opens a door with statusCode 1 and logs a remote open the event search finds', async () => {
    const { final, body } = await openDoor(2);
    expect(final.status).toBe(200);
    expect(statusOf(body)).toEqual({ root: 'ResponseStatus', statusCode: '1', subStatusCode: 'ok' });

    const found = await search({ major: 3, minor: 1024 });
    expect(found.final.status).toBe(200);
    expect(JSON.parse(found.body)).toEqual({
      AcsEvent: {
        searchID: 's1',
        responseStatusStrg: 'OK',
        numOfMatches: 1,
        totalMatches: 1,
        InfoList: [
          expect.objectContaining({
            major: 3,
            minor: 1024,
            doorNo: 2,
            serialNo: 1,
            time: '2026-05-16T10:30:00+08:00',
            netUser: 'admin',
          }),
        ],
      },
    });
    const faces = JSON.parse((await search({ major: 5, minor: 75 })).body);
    expect(faces.AcsEvent).toEqual({
      searchID: 's1',
      responseStatusStrg: 'NO MATCH',
      numOfMatches: 0,
      totalMatches: 0,
    });
    expect((await doors.devices())[0]).toMatchObject({ eventCount: 1, doors: [{ opens: 0 }, { opens: 1 }] });
  });

  it('pages the event search and filters by time', async () => {
    for (let i = 0; i < 3; i++) {
      await openDoor(1);
      now += 60_000;
    }
    const page = JSON.parse((await search({ maxResults: 2 })).body).AcsEvent;
    expect(page).toMatchObject({ responseStatusStrg: 'MORE', numOfMatches: 2, totalMatches: 3 });
    const rest = JSON.parse((await search({ maxResults: 2, searchResultPosition: 2 })).body).AcsEvent;
    expect(rest).toMatchObject({ responseStatusStrg: 'OK', numOfMatches: 1, InfoList: [{ serialNo: 3 }] });
    const later = JSON.parse((await search({ startTime: '2026-05-16T10:31:00+08:00' })).body).AcsEvent;
    expect(later.InfoList.map((event: { serialNo: number }) => event.serialNo)).toEqual([2, 3]);
    const bad = await search({ maxResults: 'ten' });
    expect(bad.final.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ statusCode: 6, subStatusCode: 'badParameters' });
  });

  it('answers an unknown door with statusCode 4 and a broken body with statusCode 6', async () => {
    const unknown = await openDoor(9);
    expect(unknown.final.status).toBe(403);
    expect(statusOf(unknown.body)).toMatchObject({ statusCode: '4', subStatusCode: 'invalidID' });
    const malformed = await openDoor(1, '<RemoteControlDoor><cmd>open</RemoteControlDoor>');
    expect(malformed.final.status).toBe(400);
    expect(statusOf(malformed.body)).toMatchObject({ statusCode: '6', subStatusCode: 'badXmlContent' });
    const unknownCommand = await openDoor(1, '<RemoteControlDoor><cmd>explode</cmd></RemoteControlDoor>');
    expect(statusOf(unknownCommand.body)).toMatchObject({ statusCode: '6', subStatusCode: 'badParameters' });
    const json = await client.request(url('/ISAPI/AccessControl/RemoteControl/door/1?format=json'), {
      method: 'PUT',
      body: '{"RemoteControlDoor":{"cmd":"open"}}',
    });
    expect(JSON.parse(json.body)).toMatchObject({ statusCode: 1, statusString: 'OK', subStatusCode: 'ok' });
    const brokenJson = await client.request(url('/ISAPI/AccessControl/RemoteControl/door/1?format=json'), {
      method: 'PUT',
      body: '{"RemoteControlDoor":',
    });
    expect(JSON.parse(brokenJson.body)).toMatchObject({ statusCode: 6, subStatusCode: 'badJsonContent' });
    const notSupported = await client.request(url('/ISAPI/Nothing/here'));
    expect(notSupported.final.status).toBe(404);
    expect(statusOf(notSupported.body)).toMatchObject({ statusCode: '4', subStatusCode: 'notSupport' });
    const events = (await doors.control(HIK_SPEC.id, '/events')).json;
    expect(events).toEqual({ ok: true, events: [expect.objectContaining({ major: 3, minor: 1024, doorNo: 1 })] });
  });

  it('keeps a door open and closed on command and logs each command with its own minor type', async () => {
    for (const cmd of ['alwaysOpen', 'close', 'alwaysClose', 'resume']) {
      const { body } = await openDoor(1, `<RemoteControlDoor><cmd>${cmd}</cmd></RemoteControlDoor>`);
      expect(statusOf(body).statusCode).toBe('1');
    }
    const found = JSON.parse((await search({ major: 3 })).body).AcsEvent.InfoList;
    expect(found.map((event: { minor: number }) => event.minor)).toEqual([1026, 1025, 1027]);
  });
});
