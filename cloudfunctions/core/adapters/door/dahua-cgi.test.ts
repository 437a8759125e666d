import { DoorError } from '../../ports/door-vendor';
import { createDahuaCgi } from './dahua-cgi';
import { createDigestClient } from './digest-auth';
import { DAHUA, type DoorKit, rejectionOf, startDoorKit } from './testing/door-kit';

const OPTIONS = { timeoutMs: 3000 };

let kit: DoorKit;
beforeAll(async () => {
  kit = await startDoorKit([DAHUA]);
});
afterAll(() => kit.close());
beforeEach(async () => {
  await kit.control(DAHUA.id, '/reset', {});
  kit.takeSeen();
});

const fresh = () => createDahuaCgi({ client: createDigestClient() });
const opensOf = async (doorNo: number) =>
  (await kit.device(DAHUA.id)).doors.find((door) => door.doorNo === doorNo)?.opens;

async function doorError(promise: Promise<unknown>): Promise<DoorError> {
  const error = await rejectionOf(promise);
  if (!(error instanceof DoorError)) throw new Error(`not a DoorError: ${String(error)}`);
  return error;
}

describe('createDahuaCgi().command', () => {
  it('opens a door with openDoor after a digest challenge, then reuses the nonce', async () => {
    const dahua = fresh();
    const before = await opensOf(1);
    await expect(dahua.command(kit.endpoint(DAHUA), 1, 'open', OPTIONS)).resolves.toEqual(expect.any(Number));
    await dahua.command(kit.endpoint(DAHUA), 1, 'open', OPTIONS);

    const path = `/devices/${DAHUA.id}/cgi-bin/accessControl.cgi?action=openDoor&channel=1&UserID=linli&Type=Remote`;
    expect(kit.takeSeen()).toEqual([
      { method: 'GET', url: path, hasDigest: false, status: 401 },
      { method: 'GET', url: path, hasDigest: true, status: 200 },
      { method: 'GET', url: path, hasDigest: true, status: 200 },
    ]);
    expect(await opensOf(1)).toBe((before ?? 0) + 2);
  });

  it('closes with closeDoor', async () => {
    await fresh().command(kit.endpoint(DAHUA), 2, 'close', OPTIONS);
    expect(kit.takeSeen().at(-1)?.url).toContain('action=closeDoor&channel=2');
  });

  it.each(['alwaysOpen', 'resume'] as const)('refuses %s as unsupported without asking the device', async (command) => {
    const error = await doorError(fresh().command(kit.endpoint(DAHUA), 1, command, OPTIONS));
    expect(error).toMatchObject({ kind: 'REJECTED', detail: 'unsupported' });
    expect(kit.takeSeen()).toEqual([]);
  });

  it('reports the device’s Error reason as REJECTED', async () => {
    expect(await doorError(fresh().command(kit.endpoint(DAHUA), 7, 'open', OPTIONS))).toMatchObject({
      kind: 'REJECTED',
      detail: 'Bad Request!',
    });
    await kit.control(DAHUA.id, '', { failWith: 'error' });
    expect(await doorError(fresh().command(kit.endpoint(DAHUA), 1, 'open', OPTIONS))).toMatchObject({
      kind: 'REJECTED',
      detail: 'Internal Error!',
    });
  });

  it('reports a wrong password as REJECTED, a broken answer as PROTOCOL, silence as OFFLINE', async () => {
    const before = await opensOf(1);
    expect(
      await doorError(fresh().command(kit.endpoint(DAHUA, { password: 'nope' }), 1, 'open', OPTIONS)),
    ).toMatchObject({ kind: 'REJECTED', detail: 'unauthorized' });
    await kit.control(DAHUA.id, '', { failWith: 'malformed' });
    expect(await doorError(fresh().command(kit.endpoint(DAHUA), 1, 'open', OPTIONS))).toMatchObject({
      kind: 'PROTOCOL',
    });
    await kit.control(DAHUA.id, '', { failWith: null, offline: true });
    expect(await doorError(fresh().command(kit.endpoint(DAHUA), 1, 'open', { timeoutMs: 10_000 }))).toMatchObject({
      kind: 'OFFLINE',
    });
    expect(await opensOf(1)).toBe(before);
  });
});

describe('createDahuaCgi().probe', () => {
  it('reads getDeviceType, and fails like a command otherwise', async () => {
    await expect(fresh().probe(kit.endpoint(DAHUA), OPTIONS)).resolves.toEqual(expect.any(Number));
    expect(kit.takeSeen().at(-1)?.url).toBe(`/devices/${DAHUA.id}/cgi-bin/magicBox.cgi?action=getDeviceType`);
    await kit.control(DAHUA.id, '', { delayMs: 2000 });
    expect(await doorError(fresh().probe(kit.endpoint(DAHUA), { timeoutMs: 200 }))).toMatchObject({
      kind: 'TIMEOUT',
    });
  });
});
