import { parseIsapiXml } from '../hikvision/isapi-xml';
import { DigestClient } from '../test/digest-client';
import { DAHUA_SPEC, HIK_SPEC, startDoors } from '../test/door-fixture';

type Doors = Awaited<ReturnType<typeof startDoors>>;

describe('fault injection through the control API', () => {
  let doors: Doors;
  const hik = new DigestClient(HIK_SPEC.username, HIK_SPEC.password);
  const dahua = new DigestClient(DAHUA_SPEC.username, DAHUA_SPEC.password);
  const deviceInfo = () => hik.request(`${doors.base(HIK_SPEC.id)}/ISAPI/System/deviceInfo`);
  const deviceType = () => dahua.request(`${doors.base(DAHUA_SPEC.id)}/cgi-bin/magicBox.cgi?action=getDeviceType`);

  beforeEach(async () => {
    doors = await startDoors([HIK_SPEC, DAHUA_SPEC]);
  });
  afterEach(() => doors.mock.close());

  it('offline: the socket closes without an answer, while the control API and /devices still report', async () => {
    await doors.control(HIK_SPEC.id, '', { offline: true });
    await doors.control(DAHUA_SPEC.id, '', { offline: true });
    await expect(deviceInfo()).rejects.toThrow('fetch failed');
    await expect(deviceType()).rejects.toThrow('fetch failed');
    expect((await doors.devices()).map((device) => device.online)).toEqual([false, false]);
    await doors.control(HIK_SPEC.id, '', { offline: false });
    expect((await deviceInfo()).final.status).toBe(200);
  });

  it('delayMs: a client deadline fires first, a patient client still gets the answer', async () => {
    await doors.control(HIK_SPEC.id, '', { delayMs: 400 });
    const hurried = fetch(`${doors.base(HIK_SPEC.id)}/ISAPI/System/deviceInfo`, { signal: AbortSignal.timeout(50) });
    await expect(hurried).rejects.toThrow(/aborted|timeout/i);
    expect((await deviceInfo()).final.status).toBe(200);
  });

  it('rejectCredentials: the right password is refused like a changed one', async () => {
    await doors.control(HIK_SPEC.id, '', { rejectCredentials: true });
    await doors.control(DAHUA_SPEC.id, '', { rejectCredentials: true });
    expect((await deviceInfo()).final.status).toBe(401);
    expect((await deviceType()).final.status).toBe(401);
  });

  it('failWith malformed: 200 with a body no parser accepts', async () => {
    await doors.control(HIK_SPEC.id, '', { failWith: 'malformed' });
    await doors.control(DAHUA_SPEC.id, '', { failWith: 'malformed' });
    const xml = await deviceInfo();
    expect(xml.final.status).toBe(200);
    expect(parseIsapiXml(xml.body)).toBeNull();
    const json = await hik.request(`${doors.base(HIK_SPEC.id)}/ISAPI/AccessControl/AcsEvent?format=json`, {
      method: 'POST',
      body: '{"AcsEventCond":{"searchID":"1","searchResultPosition":0,"maxResults":10}}',
    });
    expect(json.final.status).toBe(200);
    expect(() => JSON.parse(json.body)).toThrow();
    const text = await deviceType();
    expect(text.final.status).toBe(200);
    expect(text.body).not.toMatch(/^(OK|type=)/);
  });

  it('failWith error: the vendor device error; reset clears every fault', async () => {
    await doors.control(HIK_SPEC.id, '', { failWith: 'error' });
    await doors.control(DAHUA_SPEC.id, '', { failWith: 'error' });
    const isapi = await deviceInfo();
    expect(isapi.final.status).toBe(500);
    expect(isapi.body).toContain('<statusCode>3</statusCode>');
    expect(isapi.body).toContain('<subStatusCode>deviceError</subStatusCode>');
    const cgi = await deviceType();
    expect(cgi.final.status).toBe(500);
    expect(cgi.body).toMatch(/^Error\r\n/);
    const reset = await doors.control(HIK_SPEC.id, '/reset', {});
    expect(reset.json).toMatchObject({ device: { faults: { failWith: null, offline: false, delayMs: 0 } } });
    expect((await deviceInfo()).final.status).toBe(200);
  });

  it('rejects control requests it does not understand', async () => {
    expect((await doors.control(HIK_SPEC.id, '', { offline: 'yes' })).status).toBe(400);
    expect((await doors.control(HIK_SPEC.id, '', { explode: true })).status).toBe(400);
    expect((await doors.control(HIK_SPEC.id, '/face', { doorNo: 9, employeeNo: '1' })).status).toBe(404);
    expect((await doors.control(HIK_SPEC.id, '/nothing', {})).status).toBe(404);
  });
});
