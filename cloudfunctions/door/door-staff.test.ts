import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DOOR_ENTRIES, type DoorEntryDoc } from '../core/use-cases/door/collections';
import { main } from './index';
import { codeOf, type DoorCloud, startDoorCloud } from './test-kit';

interface Push {
  url: string;
  contentType: string;
  body: Buffer;
}

/** A stand-in for the public endpoint: keeps what controllers push, so the test can hand it to the function. */
async function startReceiver() {
  const pushes: Push[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      pushes.push({
        url: request.url ?? '',
        contentType: request.headers['content-type'] ?? '',
        body: Buffer.concat(chunks),
      });
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, pushes, close: () => new Promise((r) => server.close(r)) };
}

/** The HTTP access event CloudBase hands a function for a webhook call. */
function hookEvent(push: Push, query?: Record<string, string>) {
  const url = new URL(push.url, 'http://x');
  return {
    httpMethod: 'POST',
    path: url.pathname,
    headers: { 'Content-Type': push.contentType },
    queryStringParameters: query ?? Object.fromEntries(url.searchParams),
    body: push.body.toString('base64'),
    isBase64Encoded: true,
  };
}

let cloud: DoorCloud;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let wuye: string;
beforeAll(async () => {
  receiver = await startReceiver();
  cloud = await startDoorCloud('door-staff', receiver.url);
  wuye = await cloud.staff('wuye');
});
afterAll(async () => {
  await cloud.tearDown();
  await receiver.close();
});

test('the devices timer records who answers, and staff see their devices with no credentials', async () => {
  await cloud.fault('dev-cpd-1-b2', { offline: true });
  expect(await cloud.checkDevices()).toMatchObject({ ok: true, data: { online: 3, offline: 1, subscribed: 2 } });
  const { devices } = await cloud.ok(wuye, 'devices', {});
  expect(devices.map((d) => [d.deviceId, d.isOnline])).toEqual([
    ['dev-cpd-1-b1', true],
    ['dev-cpd-1-b2', false],
    ['dev-cpd-1-b3', true],
    ['dev-cpd-1-gate', true],
  ]);
  expect(devices[3]).toMatchObject({ vendor: 'hikvision', placeLabel: '阳光花园', lastLatencyMs: expect.any(Number) });
  expect(JSON.stringify(devices)).not.toMatch(/Gate#cpd1|linli-gate|password/);
  expect(cloud.fingerprint()).not.toContain('Gate#cpd1-2026');
  // Staff of another compound see none; a resident sees nothing of this.
  expect((await cloud.ok(await cloud.staff('xingguang'), 'devices', {})).devices).toEqual([]);
  expect(codeOf(await cloud.call(cloud.resident('demo-owner-zhang'), 'devices', {}))).toBe('AUTH.FORBIDDEN');
  // Told once where to push: the next sweep does not reconfigure.
  await cloud.fault('dev-cpd-1-b2', { offline: false });
  expect(await cloud.checkDevices()).toMatchObject({ data: { online: 4, subscribed: 1 } });
});

test('faces at a reader are pushed to the webhook and land in the access log, once', async () => {
  const pushed = receiver.pushes.length;
  await fetch(`${cloud.mock.url}/devices/dev-cpd-1-gate/_control/face`, {
    method: 'POST',
    body: JSON.stringify({ doorNo: 1, employeeNo: 'E1001', name: '保洁 王' }),
  });
  await waitFor(() => receiver.pushes.length > pushed);
  const push = receiver.pushes[receiver.pushes.length - 1] as Push;
  expect(push.url).toMatch(/^\/hooks\/door\/device-events\?device=dev-cpd-1-gate&key=/);
  for (let i = 0; i < 2; i += 1) {
    expect(await main(hookEvent(push), { source: 'http' })).toMatchObject({ ok: true, data: { recorded: 1 - i } });
  }
  const log = await cloud.ok(wuye, 'accessLog', { method: 'face' });
  expect(log.items).toEqual([
    expect.objectContaining({
      doorId: 'dev-cpd-1-gate-1',
      doorName: '南门',
      method: 'face',
      result: 'opened',
      who: '人员编号 E1001',
    }),
  ]);
});

test('a push without the device key, for another device, or not in the vendor format changes nothing', async () => {
  const push = receiver.pushes.find((p) => p.url.includes('dev-cpd-1-gate')) as Push;
  const key = new URL(push.url, 'http://x').searchParams.get('key') ?? '';
  const count = () => cloud.store.collection<DoorEntryDoc>(DOOR_ENTRIES).count({});
  const before = await count();
  const bad = [
    [{ device: 'dev-cpd-1-gate', key: `${key.slice(0, -1)}x` }, 'AUTH.UNAUTHENTICATED'],
    [{ device: 'dev-cpd-1-b1', key }, 'AUTH.UNAUTHENTICATED'],
    [{ device: 'dev-cpd-1-gate' }, 'AUTH.UNAUTHENTICATED'],
  ] as const;
  for (const [query, code] of bad) {
    expect(codeOf(await main(hookEvent(push, query), { source: 'http' }))).toBe(code);
  }
  const garbage = { ...push, body: Buffer.from('{"AccessControllerEvent": [1, 2'), contentType: 'application/json' };
  expect(codeOf(await main(hookEvent(garbage), { source: 'http' }))).toBe('REQUEST.MALFORMED');
  const get = { ...hookEvent(push), httpMethod: 'GET' };
  expect(codeOf(await main(get, { source: 'http' }))).toBe('FN.UNKNOWN_ACTION');
  expect(await count()).toBe(before);
});

test('the access log is scoped and filtered by result, method, door and time', async () => {
  const zhang = cloud.resident('demo-owner-zhang');
  await cloud.ok(zhang, 'open', { doorId: 'dev-cpd-1-gate-1' });
  await cloud.fault('dev-cpd-1-b1', { offline: true });
  expect(codeOf(await cloud.call(zhang, 'open', { doorId: 'dev-cpd-1-b1-1' }))).toBe('DOOR.DEVICE_OFFLINE');
  await cloud.fault('dev-cpd-1-b1', { offline: false });

  const all = await cloud.ok(wuye, 'accessLog', {});
  expect(all.items.map((e) => e.at)).toEqual([...all.items.map((e) => e.at)].sort().reverse());
  expect((await cloud.ok(wuye, 'accessLog', { result: 'offline' })).items).toEqual([
    expect.objectContaining({ doorId: 'dev-cpd-1-b1-1', result: 'offline', who: '张*' }),
  ]);
  const app = await cloud.ok(wuye, 'accessLog', { method: 'app', doorId: 'dev-cpd-1-gate-1' });
  expect(app.items).toHaveLength(1);
  const future = new Date(Date.now() + 60_000).toISOString();
  expect((await cloud.ok(wuye, 'accessLog', { from: future })).items).toEqual([]);
  expect((await cloud.ok(wuye, 'accessLog', { to: future, limit: 1 })).nextCursor).not.toBeNull();
  expect((await cloud.ok(await cloud.staff('xingguang'), 'accessLog', {})).items).toEqual([]);
  expect(codeOf(await cloud.call(wuye, 'accessLog', { within: 'cpd-3' }))).toBe('AUTH.OUT_OF_SCOPE');
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting for a push');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

test('faces at a Dahua reader, which does not push, reach the access log at the next devices sweep, once', async () => {
  await fetch(`${cloud.mock.url}/devices/dev-cpd-1-b3/_control/face`, {
    method: 'POST',
    body: JSON.stringify({ doorNo: 2, employeeNo: 'E3002', name: '住户 周' }),
  });
  await fetch(`${cloud.mock.url}/devices/dev-cpd-1-b3/_control/face`, {
    method: 'POST',
    body: JSON.stringify({ doorNo: 2, employeeNo: 'E9999', granted: false }),
  });
  expect(await cloud.checkDevices()).toMatchObject({ ok: true, data: { logEntries: 2 } });
  expect(await cloud.checkDevices()).toMatchObject({ ok: true, data: { logEntries: 0 } });
  const log = await cloud.ok(wuye, 'accessLog', { doorId: 'dev-cpd-1-b3-2' });
  expect(log.items.map(({ method, result, who }) => [method, result, who])).toEqual([
    ['face', 'denied', '人员编号 E9999'],
    ['face', 'opened', '人员编号 E3002'],
  ]);
});

test('a face whose push never reached us (our webhook was down) is caught up from the controller’s log', async () => {
  await fetch(`${cloud.mock.url}/devices/dev-cpd-1-gate/_control/face`, {
    method: 'POST',
    body: JSON.stringify({ doorNo: 2, employeeNo: 'E2002', name: '快递 孙' }),
  });
  // The push went to the receiver and was never handed to the function: only the sweep can find it.
  expect(await cloud.checkDevices()).toMatchObject({ ok: true, data: { logEntries: 1 } });
  expect(await cloud.checkDevices()).toMatchObject({ ok: true, data: { logEntries: 0 } });
  const log = await cloud.ok(wuye, 'accessLog', { doorId: 'dev-cpd-1-gate-2', method: 'face' });
  expect(log.items.map(({ who, result }) => [who, result])).toEqual([['人员编号 E2002', 'opened']]);
});
