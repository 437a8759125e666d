import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type SessionClaims, signSession } from '../core/identity/session-token';
import { bundleFunctions } from '../scripts/bundle';
import { type BundleProcess, localTestEnv, makeDataDir, startBundle, TEST_SECRET } from '../scripts/bundle-process';
import { DIST_ROOT } from '../scripts/function-folders';

/** The system function through its deployable bundle: `require('dist/system/index.js').main(event, context)`. */
const { dataDir, cleanUp } = makeDataDir('system-bundle');
const timerContext = { source: 'timer' };
let builtAt = '';
let system: BundleProcess;

beforeAll(async () => {
  await bundleFunctions({ log: () => {} });
  // The local cloud passes the deployed config's build facts on, as CloudBase does from envVariables.
  const config = JSON.parse(readFileSync(path.join(DIST_ROOT, 'system', 'config.json'), 'utf8')) as {
    envVariables: Record<string, string>;
  };
  builtAt = config.envVariables.LINLI_BUILT_AT ?? '';
  system = await startBundle('system', {
    ...localTestEnv(dataDir),
    LINLI_VERSION: config.envVariables.LINLI_VERSION ?? '',
    LINLI_BUILT_AT: builtAt,
  });
}, 60_000);

afterAll(async () => {
  await system.dispose();
  system.kill();
  cleanUp();
});

/** A dev-login resident session, which the local cloud in dev mode accepts in place of WeChat's OPENID. */
function devResident(overrides: Partial<SessionClaims> = {}): SessionClaims {
  return {
    v: 1,
    kind: 'resident',
    sub: 'openid-bundle-test',
    roles: ['resident'],
    scope: null,
    exp: Math.floor(Date.now() / 1000) + 600,
    dev: true,
    ...overrides,
  };
}

test('ping answers pong in the ok envelope', async () => {
  const res = await system.call({ action: 'ping', data: { echo: '你好' } }, {});
  expect(res).toEqual({
    ok: true,
    data: { pong: true, echo: '你好', serverTime: expect.any(String), caller: 'anonymous' },
  });
});

test('version reports the local runtime, the sqlite store and the build facts from config.json', async () => {
  const res = await system.call({ action: 'version' }, {});
  expect(res).toMatchObject({ ok: true, data: { runtime: 'local', store: 'sqlite', builtAt } });
  expect(builtAt).not.toBe('');
});

test('bad input fails validation with issues and leaks no internals', async () => {
  const res = await system.call({ action: 'ping', data: { echo: 123 } }, { request_id: 'req-validation' });
  expect(res).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION.FAILED', requestId: 'req-validation', issues: [{ path: 'echo' }] },
  });
  const wire = JSON.stringify(res);
  for (const leak of [
    /\bat .+:\d+:\d+/,
    /Error\b/,
    /stack/i,
    /node_modules/,
    /index\.js/,
    /\.ts\b/,
    /\/(work|tmp)\//,
  ]) {
    expect(wire).not.toMatch(leak);
  }
});

test('unknown keys are refused, not ignored', async () => {
  const res = await system.call({ action: 'ping', data: { echo: 'x', admin: true } }, {});
  expect(res).toMatchObject({ ok: false, error: { code: 'VALIDATION.FAILED' } });
});

test('a forged token is refused, a genuine one accepted', async () => {
  const forged = signSession(devResident(), 'someone-elses-secret-someone-elses-secret');
  for (const token of [forged, 'not-a-token', `${forged}x`]) {
    const res = await system.call({ action: 'ping', data: {}, token }, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
  }
  const genuine = await system.call({ action: 'ping', data: {}, token: signSession(devResident(), TEST_SECRET) }, {});
  expect(genuine).toMatchObject({ ok: true, data: { caller: 'resident' } });
});

test('genuinely signed tokens that prove too little are refused', async () => {
  const residentWithoutWechat = signSession({ ...devResident(), dev: false }, TEST_SECRET);
  const staffWithoutSession = signSession(
    { ...devResident(), kind: 'staff', sub: 'staff-1', roles: ['property'], dev: false },
    TEST_SECRET,
  );
  for (const token of [residentWithoutWechat, staffWithoutSession]) {
    const res = await system.call({ action: 'ping', data: {}, token }, {});
    expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
  }
});

test('an expired genuine token is refused', async () => {
  const token = signSession(devResident({ exp: Math.floor(Date.now() / 1000) - 1 }), TEST_SECRET);
  const res = await system.call({ action: 'ping', data: {}, token }, {});
  expect(res).toMatchObject({ ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } });
});

test('the heartbeat timer runs and counts each beat', async () => {
  const first = await system.call({ Type: 'Timer', TriggerName: 'heartbeat' }, timerContext);
  const second = await system.call(
    { Type: 'Timer', TriggerName: 'heartbeat', Time: new Date().toISOString() },
    timerContext,
  );
  expect(first).toMatchObject({ ok: true, data: { beats: 1 } });
  expect(second).toMatchObject({ ok: true, data: { beats: 2 } });
});

test('a timer event for an unknown trigger is an error', async () => {
  const res = await system.call({ Type: 'Timer', TriggerName: 'nightly' }, timerContext);
  expect(res).toMatchObject({ ok: false, error: { code: 'FN.UNKNOWN_ACTION' } });
});

test('the bundle serves the heartbeat timer that config.json schedules', async () => {
  expect(await system.info()).toMatchObject({ contract: 'system', timers: ['heartbeat'] });
});
