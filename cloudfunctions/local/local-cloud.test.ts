import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_DOOR_CONTROLLERS, SPARE_DOOR_CONTROLLERS } from '@linli/mock-devices';
import type { LocalConfig } from './config';
import { type LocalCloud, startLocalCloud } from './local-cloud';
import { INLINE_SCRIPT, tempDir, writeFunctionsDir, writeStaticRoots } from './testing/fixtures';

/** Bundles that misbehave in the ways a gateway must survive, and one that records what it is called with. */
function extraBundles(recordDir: string) {
  const record = JSON.stringify(path.join(recordDir, 'calls.jsonl'));
  const disposed = JSON.stringify(path.join(recordDir, 'disposed'));
  return {
    broken: {
      code: 'exports.main = async () => ({ weird: true });',
      envVariables: { LINLI_BUILT_AT: '2026-03-01T00:00:00.000Z', LINLI_STORE: 'cloudbase' },
    },
    thrower: {
      code: 'exports.main = async () => { throw new Error("secret internals"); };',
      envVariables: { LINLI_BUILT_AT: '2026-02-01T00:00:00.000Z', LINLI_VERSION: '9.9.9' },
    },
    recorder: {
      code: `
const fs = require('node:fs');
let running = 0;
exports.main = async (event, context) => {
  running += 1;
  fs.appendFileSync(${record}, JSON.stringify({ event, context, overlapping: running > 1 }) + '\\n');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  running -= 1;
  return { ok: true, data: null };
};
exports.main.timers = ['tick'];
exports.main.dispose = async () => fs.writeFileSync(${disposed}, 'yes');
`,
      triggers: [{ name: 'tick', type: 'timer', config: '* * * * * * *' }],
    },
  };
}

describe('the local cloud', () => {
  let root: string;
  let cloud: LocalCloud;

  beforeAll(async () => {
    root = tempDir('local-cloud');
    const config: LocalConfig = {
      port: 0,
      host: '127.0.0.1',
      dataDir: path.join(root, 'data'),
      mode: 'dev',
      logLevel: 'silent',
      timers: true,
      functionsDir: writeFunctionsDir(path.join(root, 'functions'), extraBundles(root)),
    };
    cloud = await startLocalCloud({ config, staticRoots: writeStaticRoots(path.join(root, 'www')) });
  });

  afterAll(async () => {
    await cloud?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const call = (fn: string, body: string, contentType = 'application/json') =>
    fetch(`${cloud.url}/api/fn/${fn}`, { method: 'POST', headers: { 'content-type': contentType }, body });

  it('serves a function through the gateway with the envelope and a 200', async () => {
    const response = await call('system', JSON.stringify({ action: 'ping', data: { echo: '你好' } }));
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toMatchObject({ ok: true, data: { pong: true, echo: '你好', caller: 'anonymous' } });
  });

  it('gives the bundles the environment their config.json declares, except what the local cloud owns', async () => {
    const response = await call('system', JSON.stringify({ action: 'version' }));
    expect(await response.json()).toEqual({
      ok: true,
      data: { version: '9.9.9', runtime: 'local', store: 'sqlite', builtAt: '2026-03-01T00:00:00.000Z' },
    });
  });

  it.each([
    ['an unknown action', 'system', JSON.stringify({ action: 'nope' }), 'application/json', 404, 'FN.UNKNOWN_ACTION'],
    [
      'bad input',
      'system',
      JSON.stringify({ action: 'ping', data: { echo: 7 } }),
      'application/json',
      400,
      'VALIDATION.FAILED',
    ],
    ['an unknown function', 'nothing', JSON.stringify({ action: 'ping' }), 'application/json', 404, 'FN.NOT_FOUND'],
    ['a body that is not JSON', 'system', '{junk', 'application/json', 400, 'REQUEST.MALFORMED'],
    ['a JSON body that is not an event', 'system', '[1,2]', 'application/json', 400, 'REQUEST.MALFORMED'],
    ['a text body', 'system', 'action=ping', 'text/plain', 400, 'REQUEST.MALFORMED'],
    ['a form body', 'system', 'action=ping', 'application/x-www-form-urlencoded', 400, 'REQUEST.MALFORMED'],
    [
      'a poisoned prototype',
      'system',
      '{"action":"ping","__proto__":{"x":1}}',
      'application/json',
      400,
      'REQUEST.MALFORMED',
    ],
    [
      'an oversized body',
      'system',
      JSON.stringify({ action: 'ping', data: 'x'.repeat(1_100_000) }),
      'application/json',
      400,
      'REQUEST.MALFORMED',
    ],
    ['a bundle answering outside the envelope', 'broken', '{"action":"x"}', 'application/json', 500, 'INTERNAL'],
    ['a bundle that throws', 'thrower', '{"action":"x"}', 'application/json', 500, 'INTERNAL'],
  ])('answers %s with an envelope, never a stack', async (_case, fn, body, type, status, code) => {
    const response = await call(fn, body, type);
    expect(response.status).toBe(status);
    const text = await response.text();
    const envelope = JSON.parse(text);
    expect(envelope).toEqual({ ok: false, error: expect.objectContaining({ code, requestId: expect.any(String) }) });
    expect(envelope.error.requestId).toBe(response.headers.get('x-request-id'));
    expect(text).not.toMatch(/secret internals|statusCode|\n\s+at /);
  });

  it('answers unknown /api paths and methods with a FN.NOT_FOUND envelope', async () => {
    for (const response of [await fetch(`${cloud.url}/api/nope`), await fetch(`${cloud.url}/api/fn/system`)]) {
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'FN.NOT_FOUND' } });
    }
  });

  it('reports every part healthy, with the timers and their next run', async () => {
    const response = await fetch(`${cloud.url}/api/health`);
    expect(response.status).toBe(200);
    const health = (await response.json()) as { timers: { next: string }[] };
    expect(health).toMatchObject({
      ok: true,
      store: 'sqlite',
      functions: ['broken', 'recorder', 'system', 'thrower'],
      mockDevices: {
        url: cloud.mockDevices.url,
        devices: [...DEMO_DOOR_CONTROLLERS, ...SPARE_DOOR_CONTROLLERS].map(({ id }) =>
          expect.objectContaining({ id, online: true }),
        ),
      },
      static: { h5: true, admin: true },
      data: { seedVersion: 1, seededAt: cloud.seed.at },
    });
    expect(health.timers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fn: 'system', name: 'heartbeat', cron: '0 */5 * * * * *', next: expect.any(String) }),
        expect.objectContaining({ fn: 'recorder', name: 'tick' }),
      ]),
    );
    expect(new Date(health.timers[0]?.next ?? 0).getTime()).toBeGreaterThan(Date.now() - 1000);
  });

  it('fires timers with the CloudBase timer event and never overlaps a slow run', async () => {
    const file = path.join(root, 'calls.jsonl');
    await waitFor(() => existsSync(file) && readFileSync(file, 'utf8').trim().split('\n').length >= 2, 6000);
    const calls = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    for (const { event, context, overlapping } of calls) {
      expect(event).toEqual({ Type: 'Timer', TriggerName: 'tick', Time: expect.any(String) });
      expect(context).toEqual({ request_id: expect.any(String), source: 'timer' });
      expect(overlapping).toBe(false);
    }
  });

  it('serves the web builds with SPA fallback, visitor links and safe headers', async () => {
    const page = async (url: string) => {
      const response = await fetch(`${cloud.url}${url}`);
      return { status: response.status, text: await response.text(), headers: response.headers };
    };
    expect((await page('/')).text).toContain('resident h5');
    expect((await page('/pages/home/index')).text).toContain('resident h5');
    expect((await page('/v/some-pass-token')).text).toContain('resident h5');
    expect((await page('/js/app.js')).text).toContain('console.log');
    expect((await page('/js/missing.js')).status).toBe(404);
    expect((await page('/.inputs-hash')).text).not.toContain('secret-ish');
    expect((await page('/admin/')).text).toContain('staff console');
    expect((await page('/admin')).text).toContain('staff console');
    expect((await page('/admin/residents/42')).text).toContain('staff console');
    const { headers } = await page('/');
    expect(headers.get('x-powered-by')).toBeNull();
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    const inlineHash = createHash('sha256').update(INLINE_SCRIPT).digest('base64');
    expect(headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${inlineHash}';`);
  });

  it('answers health with 503 and the problem when a part is down', async () => {
    await cloud.mockDevices.close();
    const response = await fetch(`${cloud.url}/api/health`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ ok: false, problems: [expect.stringMatching(/^mock-devices: /)] });
  });

  it('stops everything on close: the port, the timers, and every bundle is disposed', async () => {
    const { url } = cloud;
    await cloud.close();
    await cloud.close();
    expect(readFileSync(path.join(root, 'disposed'), 'utf8')).toBe('yes');
    await expect(fetch(`${url}/api/health`)).rejects.toThrow();
    await expect(fetch(`${cloud.mockDevices.url}/health`)).rejects.toThrow();
    expect(existsSync(path.join(root, 'data', 'local-cloud.lock'))).toBe(false);
  });
});

async function waitFor(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
