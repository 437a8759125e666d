import { DigestClient, parseChallenge } from '../test/digest-client';
import { DAHUA_SPEC, startDoors } from '../test/door-fixture';

type Doors = Awaited<ReturnType<typeof startDoors>>;

describe('Dahua CGI controller', () => {
  let doors: Doors;
  const client = new DigestClient(DAHUA_SPEC.username, DAHUA_SPEC.password);
  const cgi = (query: string) => `${doors.base(DAHUA_SPEC.id)}/cgi-bin/${query}`;

  beforeEach(async () => {
    doors = await startDoors([DAHUA_SPEC], { lockout: { maxFailures: 2, lockMs: 60_000 } });
  });
  afterEach(() => doors.mock.close());

  it('challenges with a Dahua realm, then opens the door with OK and logs who asked', async () => {
    const { first, final, body } = await client.request(
      cgi('accessControl.cgi?action=openDoor&channel=1&UserID=resident-42&Type=Remote'),
    );
    expect(first.status).toBe(401);
    expect(parseChallenge(first.headers.get('www-authenticate'))).toMatchObject({
      realm: expect.stringMatching(/^Login to 8H0[0-9A-F]{12}$/),
      nonce: expect.stringMatching(/^\d{16}$/),
      qop: 'auth',
    });
    expect(final.status).toBe(200);
    expect(final.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(body.trim()).toBe('OK');
    const { json } = await doors.control(DAHUA_SPEC.id, '/events');
    expect(json.events).toEqual([
      expect.objectContaining({ RecNo: 1, Door: 0, Method: 6, Status: 1, Type: 'Entry', UserID: 'resident-42' }),
    ]);
  });

  it('answers the device type for probes and Error lines for what it cannot do', async () => {
    const type = await client.request(cgi('magicBox.cgi?action=getDeviceType'));
    expect(type.body).toBe('type=DHI-ASC1202C-D\r\n');
    const unknownDoor = await client.request(cgi('accessControl.cgi?action=openDoor&channel=7&Type=Remote'));
    expect(unknownDoor.final.status).toBe(400);
    expect(unknownDoor.body).toBe('Error\r\nBad Request!\r\n');
    const unknownAction = await client.request(cgi('accessControl.cgi?action=fly&channel=1'));
    expect(unknownAction.final.status).toBe(501);
    expect(unknownAction.body).toBe('Error\r\nNot Implemented!\r\n');
    const status = await client.request(cgi('accessControl.cgi?action=getDoorStatus&channel=2'));
    expect(status.body).toBe('Info.status=Close\r\n');
  });

  it('refuses a wrong password and locks after repeated failures', async () => {
    const wrong = new DigestClient(DAHUA_SPEC.username, 'nope');
    const refused = await wrong.request(cgi('magicBox.cgi?action=getDeviceType'));
    expect(refused.final.status).toBe(401);
    expect(refused.body).toBe('Error\r\nInvalid Authority!\r\n');
    await wrong.request(cgi('magicBox.cgi?action=getDeviceType'));
    expect((await client.request(cgi('magicBox.cgi?action=getDeviceType'))).final.status).toBe(401);
    await doors.control(DAHUA_SPEC.id, '/reset', {});
    expect((await client.request(cgi('magicBox.cgi?action=getDeviceType'))).final.status).toBe(200);
  });
});
