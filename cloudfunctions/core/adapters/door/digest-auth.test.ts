import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { DoorError } from '../../ports/door-vendor';
import { createDigestClient, type DigestCall } from './digest-auth';
import { type DoorKit, deadAddress, HIK, listen, rejectionOf, startDoorKit } from './testing/door-kit';

const call = (overrides: Partial<DigestCall> = {}): DigestCall => ({
  vendor: 'hikvision',
  timeoutMs: 2000,
  username: HIK.username,
  password: HIK.password,
  cacheKey: 'device-a',
  ...overrides,
});

const deviceInfo = (baseUrl: string) => ({
  method: 'GET' as const,
  url: new URL(`${baseUrl}/ISAPI/System/deviceInfo`),
});

async function doorError(promise: Promise<unknown>): Promise<DoorError> {
  const error = await rejectionOf(promise);
  if (!(error instanceof DoorError)) throw new Error(`not a DoorError: ${String(error)}`);
  return error;
}

describe('createDigestClient against a simulated controller', () => {
  let kit: DoorKit;
  let clock = Date.now();
  beforeAll(async () => {
    kit = await startDoorKit([HIK], { lockout: null, now: () => clock, nonceTtlMs: 60_000 });
  });
  afterAll(() => kit.close());
  beforeEach(async () => {
    await kit.control(HIK.id, '/reset', {});
    kit.takeSeen();
  });

  it('answers a stale nonce with the fresh challenge the device sent, in the same call', async () => {
    const client = createDigestClient();
    const base = kit.endpoint(HIK).baseUrl;
    expect((await client.send(deviceInfo(base), call())).status).toBe(200);
    clock += 120_000;
    kit.takeSeen();

    expect((await client.send(deviceInfo(base), call())).status).toBe(200);
    expect(kit.takeSeen().map(({ hasDigest, status }) => ({ hasDigest, status }))).toEqual([
      { hasDigest: true, status: 401 },
      { hasDigest: true, status: 200 },
    ]);
  });

  it('keeps one nonce per device key: another key negotiates its own', async () => {
    const client = createDigestClient();
    const base = kit.endpoint(HIK).baseUrl;
    await client.send(deviceInfo(base), call({ cacheKey: 'a' }));
    await client.send(deviceInfo(base), call({ cacheKey: 'b' }));
    await client.send(deviceInfo(base), call({ cacheKey: 'a' }));
    expect(kit.takeSeen().map((seen) => seen.status)).toEqual([401, 200, 401, 200, 200]);
  });

  it('serves concurrent calls on one cached nonce, each with its own nonce count', async () => {
    const client = createDigestClient();
    const base = kit.endpoint(HIK).baseUrl;
    await client.send(deviceInfo(base), call());
    const replies = await Promise.all(Array.from({ length: 20 }, () => client.send(deviceInfo(base), call())));
    expect(replies.map((reply) => reply.status)).toEqual(Array(20).fill(200));
  });

  it('holds both legs to one deadline: a device slow on each leg times out though each leg alone would fit', async () => {
    await kit.control(HIK.id, '', { delayMs: 250 });
    const error = await doorError(
      createDigestClient().send(deviceInfo(kit.endpoint(HIK).baseUrl), call({ timeoutMs: 400 })),
    );
    expect(error.kind).toBe('TIMEOUT');
  });
});

describe('createDigestClient against broken peers', () => {
  it('says OFFLINE when nothing listens', async () => {
    const error = await doorError(createDigestClient().send(deviceInfo(await deadAddress()), call()));
    expect(error).toMatchObject({ kind: 'OFFLINE', detail: 'ECONNREFUSED' });
  });

  it('says PROTOCOL when the peer does not speak HTTP', async () => {
    const server = createTcpServer((socket: Socket) => {
      socket.once('data', () => socket.end('SSH-2.0-OpenSSH_9.6\r\n\r\n'));
      socket.resume();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const error = await doorError(createDigestClient().send(deviceInfo(`http://127.0.0.1:${port}`), call()));
      expect(error.kind).toBe('PROTOCOL');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('says REJECTED when the device wants a scheme other than Digest', async () => {
    const server = await listen(
      createServer((_request, response) => {
        response.writeHead(401, { 'www-authenticate': 'Basic realm="device"' }).end();
      }),
    );
    try {
      const { port } = server.address() as AddressInfo;
      const error = await doorError(createDigestClient().send(deviceInfo(`http://127.0.0.1:${port}`), call()));
      expect(error).toMatchObject({ kind: 'REJECTED', detail: 'Basic realm="device"' });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('picks the Digest challenge among several WWW-Authenticate headers and follows nextnonce', async () => {
    const seen: (string | undefined)[] = [];
    const server = await listen(
      createServer((request, response) => {
        seen.push(request.headers.authorization);
        if (!request.headers.authorization) {
          response.setHeader('www-authenticate', ['Basic realm="x"', 'Digest realm="r", nonce="first", qop="auth"']);
          response.writeHead(401).end();
          return;
        }
        response.writeHead(200, { 'authentication-info': 'nextnonce="second", qop=auth' }).end('ok');
      }),
    );
    try {
      const { port } = server.address() as AddressInfo;
      const client = createDigestClient();
      await client.send(deviceInfo(`http://127.0.0.1:${port}`), call());
      await client.send(deviceInfo(`http://127.0.0.1:${port}`), call());
      expect(seen.map((header) => /nonce="(\w+)"/.exec(header ?? '')?.[1] ?? null)).toEqual([null, 'first', 'second']);
      expect(seen[2]).toContain('nc=00000001');
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
