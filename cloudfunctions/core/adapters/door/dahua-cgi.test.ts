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

describe('createDahuaCgi().readAccessLog', () => {
  it('reads faces and remote opens from the controller’s own log, oldest first, from a given second', async () => {
    const dahua = fresh();
    const from = new Date(Date.now() - 5000).toISOString();
    await dahua.command(kit.endpoint(DAHUA), 1, 'open', OPTIONS);
    await kit.control(DAHUA.id, '/face', { doorNo: 2, employeeNo: 'E-1002', name: '张伟' });
    await kit.control(DAHUA.id, '/face', { doorNo: 1, employeeNo: 'E-0007', granted: false });

    // The log runs across tests (a reset clears faults, not history): the last three are this test's.
    const entries = (await dahua.readAccessLog?.(kit.endpoint(DAHUA), from, 100, OPTIONS)) ?? [];
    const mine = entries.slice(-3);
    expect(mine.map(({ doorNo, method, subject, isGranted }) => [doorNo, method, subject, isGranted])).toEqual([
      [1, 'remote', 'linli', true],
      [2, 'face', 'E-1002', true],
      [1, 'face', 'E-0007', false],
    ]);
    const serials = mine.map((entry) => entry.raw.serialNo ?? 0);
    expect(serials).toEqual([serials[0], (serials[0] ?? 0) + 1, (serials[0] ?? 0) + 2]);
    expect(Math.abs(Date.parse(mine[1]?.at ?? '') - Date.now())).toBeLessThan(60_000);
    expect(await dahua.readAccessLog?.(kit.endpoint(DAHUA), from, 1, OPTIONS)).toHaveLength(1);
    const later = new Date(Date.now() + 3_600_000).toISOString();
    expect(await dahua.readAccessLog?.(kit.endpoint(DAHUA), later, 100, OPTIONS)).toEqual([]);
  });

  it('treats an answer that is not recordFinder’s as a protocol error, and a refusal as a refusal', async () => {
    await kit.control(DAHUA.id, '', { failWith: 'malformed' });
    const malformed = await doorError(
      fresh().readAccessLog?.(kit.endpoint(DAHUA), new Date().toISOString(), 10, OPTIONS) ?? Promise.resolve(),
    );
    expect(malformed.kind).toBe('PROTOCOL');
    await kit.control(DAHUA.id, '', { failWith: null, rejectCredentials: true });
    const refused = await doorError(
      fresh().readAccessLog?.(kit.endpoint(DAHUA), new Date().toISOString(), 10, OPTIONS) ?? Promise.resolve(),
    );
    expect(refused.kind).toBe('REJECTED');
  });
});
