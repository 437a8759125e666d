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
      expect.objectContaining({ RecNo: 1, Door: 0, Method: 5, Status: 1, Type: 'Entry', UserID: 'resident-42' }),
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

  it('finds its access records by time, oldest first, as recordFinder lines', async () => {
    await client.request(cgi('accessControl.cgi?action=openDoor&channel=1&UserID=linli&Type=Remote'));
    await doors.control(DAHUA_SPEC.id, '/face', { doorNo: 2, employeeNo: 'E-1002', name: '张伟' });
    await doors.control(DAHUA_SPEC.id, '/face', { doorNo: 1, employeeNo: 'E-0007', granted: false });
    const now = Math.floor(Date.now() / 1000);
    const all = await client.request(
      cgi(`recordFinder.cgi?action=find&name=AccessControlCardRec&StartTime=${now - 60}&EndTime=${now + 60}`),
    );
    const lines = all.body.trim().split('\r\n');
    expect(lines[0]).toBe('found=3');
    expect(lines).toEqual(
      expect.arrayContaining([
        'records[0].RecNo=1',
        'records[0].Method=5',
        'records[1].Door=1',
        'records[1].Method=15',
        'records[1].UserID=E-1002',
        'records[1].Status=1',
        'records[2].Status=0',
      ]),
    );
    const firstOnly = await client.request(cgi('recordFinder.cgi?action=find&name=AccessControlCardRec&count=1'));
    expect(firstOnly.body.startsWith('found=1\r\nrecords[0].RecNo=1\r\n')).toBe(true);
    const past = await client.request(cgi('recordFinder.cgi?action=find&name=AccessControlCardRec&EndTime=1000'));
    expect(past.body).toBe('found=0\r\n');
    const wrongName = await client.request(cgi('recordFinder.cgi?action=find&name=Users'));
    expect(wrongName.final.status).toBe(400);
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
