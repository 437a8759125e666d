import { DigestClient } from '../test/digest-client';
import { HIK_SPEC, startDoors } from '../test/door-fixture';
import { eventually } from '../test/eventually';
import { startPushReceiver } from '../test/push-receiver';

type Doors = Awaited<ReturnType<typeof startDoors>>;
type Receiver = Awaited<ReturnType<typeof startPushReceiver>>;

const hostXml = (port: number, path = '/webhooks/hikvision') =>
  '<?xml version="1.0" encoding="UTF-8"?>' +
  '<HttpHostNotification version="2.0" xmlns="http://www.isapi.org/ver20/XMLSchema">' +
  `<id>1</id><url>${path}</url><protocolType>HTTP</protocolType><parameterFormatType>JSON</parameterFormatType>` +
  `<addressingFormatType>ipaddress</addressingFormatType><ipAddress>127.0.0.1</ipAddress><portNo>${port}</portNo>` +
  '<httpAuthenticationMethod>none</httpAuthenticationMethod></HttpHostNotification>';

describe('Hikvision event push to a listening host', () => {
  let doors: Doors;
  let receiver: Receiver;
  const client = new DigestClient(HIK_SPEC.username, HIK_SPEC.password);
  const url = (path: string) => `${doors.base(HIK_SPEC.id)}${path}`;
  const configure = (body: string) =>
    client.request(url('/ISAPI/Event/notification/httpHosts/1'), {
      method: 'PUT',
      body,
      contentType: 'application/xml',
    });

  async function setUp(statuses: number[] = []) {
    receiver = await startPushReceiver(statuses);
    doors = await startDoors([HIK_SPEC], { pushRetryDelaysMs: [10, 10] });
  }
  afterEach(async () => {
    await doors.mock.close();
    await receiver.close();
  });

  it('posts a remote open and a face swipe as multipart event_log JSON', async () => {
    await setUp();
    const configured = await configure(hostXml(receiver.port));
    expect(configured.body).toContain('<statusCode>1</statusCode>');
    const listed = await client.request(url('/ISAPI/Event/notification/httpHosts'));
    expect(listed.body).toContain(`<portNo>${receiver.port}</portNo>`);

    await client.request(url('/ISAPI/AccessControl/RemoteControl/door/1'), {
      method: 'PUT',
      body: '<RemoteControlDoor><cmd>open</cmd></RemoteControlDoor>',
    });
    const [remote] = await receiver.waitFor(1);
    expect(remote?.path).toBe('/webhooks/hikvision');
    expect(remote?.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(remote?.eventLog).toMatchObject({
      ipAddress: '127.0.0.1',
      portNo: expect.any(Number),
      macAddress: expect.stringMatching(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/),
      eventType: 'AccessControllerEvent',
      eventState: 'active',
      activePostCount: 1,
      deviceID: HIK_SPEC.id,
      dateTime: expect.stringMatching(/\+08:00$/),
      AccessControllerEvent: { deviceName: '测试门禁', majorEventType: 3, subEventType: 1024, doorNo: 1, serialNo: 1 },
    });

    const swiped = await doors.control(HIK_SPEC.id, '/face', { doorNo: 2, employeeNo: '1001', name: '张三' });
    expect(swiped).toMatchObject({ status: 200, json: { event: { major: 5, minor: 75, employeeNoString: '1001' } } });
    const face = (await receiver.waitFor(2))[1];
    expect(face?.eventLog.AccessControllerEvent).toMatchObject({
      majorEventType: 5,
      subEventType: 75,
      doorNo: 2,
      serialNo: 2,
      employeeNoString: '1001',
      name: '张三',
      currentVerifyMode: 'cardOrFace',
    });
    await eventually(async () => {
      expect((await doors.devices())[0]).toMatchObject({
        pushHost: `http://127.0.0.1:${receiver.port}/webhooks/hikvision`,
        push: { delivered: 2, failed: 0, pending: 0 },
      });
    });
  });

  it('posts again when the receiver fails, counting the posts', async () => {
    await setUp([500]);
    await configure(hostXml(receiver.port));
    await doors.control(HIK_SPEC.id, '/face', { doorNo: 1, employeeNo: '7', granted: false });
    const [failed, retried] = await receiver.waitFor(2);
    expect(failed?.eventLog).toMatchObject({ activePostCount: 1, AccessControllerEvent: { subEventType: 76 } });
    expect(retried?.eventLog).toMatchObject({ activePostCount: 2, AccessControllerEvent: { serialNo: 1 } });
  });

  it('keeps events while offline and posts them once back online', async () => {
    await setUp();
    await configure(hostXml(receiver.port));
    await doors.control(HIK_SPEC.id, '', { offline: true });
    await doors.control(HIK_SPEC.id, '/face', { doorNo: 1, employeeNo: '1001' });
    expect((await doors.control(HIK_SPEC.id, '')).json).toMatchObject({ device: { push: { pending: 1 } } });
    expect(receiver.received).toHaveLength(0);
    await doors.control(HIK_SPEC.id, '', { offline: false });
    const [late] = await receiver.waitFor(1);
    expect(late?.eventLog).toMatchObject({ AccessControllerEvent: { majorEventType: 5, subEventType: 75 } });
  });

  it('refuses XML pushes and bad slots, and clears a host with an empty url', async () => {
    await setUp();
    const xml = await configure(hostXml(receiver.port).replace('>JSON<', '>XML<'));
    expect(xml.body).toContain('<subStatusCode>notSupport</subStatusCode>');
    const slot = await client.request(url('/ISAPI/Event/notification/httpHosts/9'), { method: 'PUT', body: '<x/>' });
    expect(slot.body).toContain('<subStatusCode>invalidID</subStatusCode>');
    await configure(hostXml(receiver.port));
    const cleared = await configure(hostXml(receiver.port, ''));
    expect(cleared.body).toContain('<statusCode>1</statusCode>');
    await doors.control(HIK_SPEC.id, '/face', { doorNo: 1, employeeNo: '1001' });
    expect((await doors.control(HIK_SPEC.id, '')).json).toMatchObject({ device: { pushHost: null } });
  });
});
