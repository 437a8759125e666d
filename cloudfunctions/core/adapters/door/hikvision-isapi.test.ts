import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DoorError } from '../../ports/door-vendor';
import { createDigestClient } from './digest-auth';
import { parseHikvisionEventPush } from './hikvision-events';
import { configureEventPush, createHikvisionIsapi, searchAccessEvents } from './hikvision-isapi';
import { type DoorKit, HIK, listen, rejectionOf, startDoorKit } from './testing/door-kit';

const OPTIONS = { timeoutMs: 3000 };

let kit: DoorKit;
beforeAll(async () => {
  kit = await startDoorKit([HIK]);
});
afterAll(() => kit.close());
beforeEach(async () => {
  await kit.control(HIK.id, '/reset', {});
  kit.takeSeen();
});

const fresh = () => createHikvisionIsapi({ client: createDigestClient() });

async function doorError(promise: Promise<unknown>): Promise<DoorError> {
  const error = await rejectionOf(promise);
  if (!(error instanceof DoorError)) throw new Error(`not a DoorError: ${String(error)}`);
  return error;
}

describe('createHikvisionIsapi().command', () => {
  it('opens a door after negotiating digest: a 401 challenge, then an answer the device accepts', async () => {
    const latency = await fresh().command(kit.endpoint(HIK), 1, 'open', OPTIONS);

    expect(latency).toBeGreaterThanOrEqual(0);
    expect(kit.takeSeen()).toEqual([
      {
        method: 'PUT',
        url: `/devices/${HIK.id}/ISAPI/AccessControl/RemoteControl/door/1`,
        hasDigest: false,
        status: 401,
      },
      {
        method: 'PUT',
        url: `/devices/${HIK.id}/ISAPI/AccessControl/RemoteControl/door/1`,
        hasDigest: true,
        status: 200,
      },
    ]);
    const { doors } = await kit.device(HIK.id);
    expect(doors.find((door) => door.doorNo === 1)?.opens).toBe(1);
  });

  it('reuses the nonce on the next call: one request, no challenge', async () => {
    const isapi = fresh();
    await isapi.command(kit.endpoint(HIK), 1, 'open', OPTIONS);
    kit.takeSeen();

    await isapi.command(kit.endpoint(HIK), 2, 'open', OPTIONS);
    await isapi.probe(kit.endpoint(HIK), OPTIONS);

    expect(kit.takeSeen().map(({ hasDigest, status }) => ({ hasDigest, status }))).toEqual([
      { hasDigest: true, status: 200 },
      { hasDigest: true, status: 200 },
    ]);
  });

  it('sends each command as its ISAPI cmd and the device follows', async () => {
    const isapi = fresh();
    await isapi.command(kit.endpoint(HIK), 2, 'alwaysOpen', OPTIONS);
    expect((await kit.device(HIK.id)).doors.find((door) => door.doorNo === 2)?.mode).toBe('alwaysOpen');
    await isapi.command(kit.endpoint(HIK), 2, 'resume', OPTIONS);
    expect((await kit.device(HIK.id)).doors.find((door) => door.doorNo === 2)?.mode).toBe('normal');
    await expect(isapi.command(kit.endpoint(HIK), 2, 'close', OPTIONS)).resolves.toEqual(expect.any(Number));
  });

  it('refuses a wrong password as REJECTED after one challenge, and the door stays shut', async () => {
    const opensBefore = (await kit.device(HIK.id)).doors.map((door) => door.opens);
    const error = await doorError(fresh().command(kit.endpoint(HIK, { password: 'wrong' }), 1, 'open', OPTIONS));

    expect(error.kind).toBe('REJECTED');
    expect(error.detail).toBe('unauthorized');
    expect(kit.takeSeen().map((seen) => seen.status)).toEqual([401, 401]);
    expect((await kit.device(HIK.id)).doors.map((door) => door.opens)).toEqual(opensBefore);
  });

  it('retries a refused cached nonce with the fresh challenge once, then forgets it', async () => {
    const isapi = fresh();
    await isapi.command(kit.endpoint(HIK), 1, 'open', OPTIONS);
    kit.takeSeen();
    await kit.control(HIK.id, '', { rejectCredentials: true });
    await expect(isapi.command(kit.endpoint(HIK), 1, 'open', OPTIONS)).rejects.toMatchObject({ kind: 'REJECTED' });
    expect(kit.takeSeen().map(({ hasDigest, status }) => ({ hasDigest, status }))).toEqual([
      { hasDigest: true, status: 401 },
      { hasDigest: true, status: 401 },
    ]);
    await kit.control(HIK.id, '', { rejectCredentials: false });

    await isapi.command(kit.endpoint(HIK), 1, 'open', OPTIONS);
    expect(kit.takeSeen().map(({ hasDigest, status }) => ({ hasDigest, status }))).toEqual([
      { hasDigest: false, status: 401 },
      { hasDigest: true, status: 200 },
    ]);
  });

  it('reports an unknown door as REJECTED with the device’s subStatusCode', async () => {
    const error = await doorError(fresh().command(kit.endpoint(HIK), 9, 'open', OPTIONS));
    expect(error).toMatchObject({ kind: 'REJECTED', detail: 'invalidID' });
  });

  it('reports a device error as REJECTED and a broken answer as PROTOCOL', async () => {
    await kit.control(HIK.id, '', { failWith: 'error' });
    expect(await doorError(fresh().command(kit.endpoint(HIK), 1, 'open', OPTIONS))).toMatchObject({
      kind: 'REJECTED',
      detail: 'deviceError',
    });
    await kit.control(HIK.id, '', { failWith: 'malformed' });
    expect(await doorError(fresh().command(kit.endpoint(HIK), 1, 'open', OPTIONS))).toMatchObject({
      kind: 'PROTOCOL',
    });
  });

  it('reports an offline controller as OFFLINE, without waiting for the deadline', async () => {
    await kit.control(HIK.id, '', { offline: true });
    // A 10 s deadline: were the client waiting instead of seeing the dropped socket, this would be TIMEOUT.
    const error = await doorError(fresh().command(kit.endpoint(HIK), 1, 'open', { timeoutMs: 10_000 }));
    expect(error.kind).toBe('OFFLINE');
  });

  it('gives up at its deadline, long before a slow device answers', async () => {
    await kit.control(HIK.id, '', { delayMs: 5000 });
    const started = Date.now();
    const error = await doorError(fresh().command(kit.endpoint(HIK), 1, 'open', { timeoutMs: 300 }));
    expect(error.kind).toBe('TIMEOUT');
    // Correctness, not speed: the call ended on its own deadline, not on the device's 5 s answer.
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('never sends a door number the controller cannot have', async () => {
    expect(await doorError(fresh().command(kit.endpoint(HIK), 0, 'open', OPTIONS))).toMatchObject({
      kind: 'REJECTED',
    });
    expect(kit.takeSeen()).toEqual([]);
  });
});

describe('createHikvisionIsapi().probe', () => {
  it('answers with the round trip when deviceInfo comes back, and fails like a command otherwise', async () => {
    await expect(fresh().probe(kit.endpoint(HIK), OPTIONS)).resolves.toEqual(expect.any(Number));
    expect(await doorError(fresh().probe(kit.endpoint(HIK, { password: 'x' }), OPTIONS))).toMatchObject({
      kind: 'REJECTED',
    });
    await kit.control(HIK.id, '', { failWith: 'malformed' });
    expect(await doorError(fresh().probe(kit.endpoint(HIK), OPTIONS))).toMatchObject({ kind: 'PROTOCOL' });
  });
});

describe('searchAccessEvents', () => {
  it('finds our remote open and a face swipe in the device log, mapped and in UTC', async () => {
    const client = createDigestClient();
    const from = new Date(Date.now() - 60_000).toISOString();
    await createHikvisionIsapi({ client }).command(kit.endpoint(HIK), 1, 'open', OPTIONS);
    await kit.control(HIK.id, '/face', { doorNo: 2, employeeNo: 'E1001', name: '张三' });
    const to = new Date(Date.now() + 60_000).toISOString();

    const events = await searchAccessEvents(
      kit.endpoint(HIK),
      { from, to, position: 0, max: 30 },
      {
        ...OPTIONS,
        client,
      },
    );
    const ours = events.slice(-2);
    expect(ours).toEqual([
      expect.objectContaining({ deviceId: HIK.id, doorNo: 1, method: 'remote', isGranted: true }),
      expect.objectContaining({ doorNo: 2, method: 'face', subject: 'E1001', isGranted: true }),
    ]);
    for (const event of ours) {
      expect(event.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(event.at)).toBeGreaterThanOrEqual(Date.parse(from) - 1000);
    }
    expect(ours[0]?.raw).toEqual({ major: 3, minor: 1024, serialNo: expect.any(Number) });

    const later = await searchAccessEvents(kit.endpoint(HIK), { from: to, to, position: 0, max: 30 }, OPTIONS);
    expect(later).toEqual([]);
  });
});

describe('configureEventPush', () => {
  it('points the controller at our webhook, whose pushes parse into access events', async () => {
    const pushes: { url: string; contentType: string; body: Buffer }[] = [];
    const receiver = await listen(
      createServer((request: IncomingMessage, response) => {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          pushes.push({
            url: request.url ?? '',
            contentType: request.headers['content-type'] ?? '',
            body: Buffer.concat(chunks),
          });
          response.end();
        });
      }),
    );
    try {
      const { port } = receiver.address() as AddressInfo;
      await configureEventPush(kit.endpoint(HIK), { id: 1, url: `http://127.0.0.1:${port}/hooks/hik?d=1` }, OPTIONS);
      await kit.control(HIK.id, '/face', { doorNo: 1, employeeNo: 'E2002' });
      for (let i = 0; i < 100 && pushes.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));

      const [push] = pushes;
      if (!push) throw new Error('no push arrived');
      expect(push.url).toBe('/hooks/hik?d=1');
      expect(parseHikvisionEventPush(push.body, push.contentType, HIK.id)).toEqual([
        expect.objectContaining({ deviceId: HIK.id, doorNo: 1, method: 'face', subject: 'E2002', isGranted: true }),
      ]);

      const error = await doorError(configureEventPush(kit.endpoint(HIK), { id: 9, url: 'http://x/' }, OPTIONS));
      expect(error).toMatchObject({ kind: 'REJECTED', detail: 'invalidID' });
    } finally {
      await configureEventPush(kit.endpoint(HIK), { id: 1, url: 'http://127.0.0.1:1/' }, OPTIONS).catch(() => {});
      receiver.closeAllConnections();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
    }
  });
});
