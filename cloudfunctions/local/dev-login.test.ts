import { rmSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './config';
import { type LocalCloud, startLocalCloud } from './local-cloud';
import { tempDir, writeFunctionsDir, writeStaticRoots } from './testing/fixtures';

/** The real `auth` function from source, beside the fixture's real `system`. */
const auth = {
  code: `module.exports = require(${JSON.stringify(path.join(REPO_ROOT, 'cloudfunctions/auth/index.ts'))});`,
};

async function start(
  mode: 'dev' | 'production',
  root = tempDir('dev-login'),
): Promise<{ cloud: LocalCloud; root: string }> {
  const cloud = await startLocalCloud({
    config: {
      port: 0,
      host: '127.0.0.1',
      dataDir: path.join(root, 'data'),
      mode,
      logLevel: 'silent',
      timers: false,
      functionsDir: writeFunctionsDir(path.join(root, 'functions'), { auth }),
    },
    staticRoots: writeStaticRoots(path.join(root, 'www')),
  });
  return { cloud, root };
}

async function post(cloud: LocalCloud, url: string, body: unknown) {
  const response = await fetch(`${cloud.url}${url}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('dev login in dev mode', () => {
  let cloud: LocalCloud;
  let root: string;
  beforeAll(async () => ({ cloud, root } = await start('dev')));
  afterAll(async () => {
    await cloud?.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('lists the demo residents and staff', async () => {
    const accounts = (await (await fetch(`${cloud.url}/api/dev/accounts`)).json()) as {
      residents: { openid: string; note: string }[];
      staff: { account: string }[];
    };
    expect(accounts.residents).toContainEqual(
      expect.objectContaining({ openid: 'demo-owner-zhang', note: '业主·已认证' }),
    );
    expect(accounts.staff.map((s) => s.account)).toEqual(expect.arrayContaining(['admin', 'wuye', 'xingguang']));
  });

  test('a resident session is the WeChat user it names, with roles from the register', async () => {
    const login = await post(cloud, '/api/dev/login', { openid: 'demo-owner-zhang' });
    expect(login.status).toBe(200);
    const me = await post(cloud, '/api/fn/auth', { action: 'me', token: login.body.token });
    expect(me.body).toMatchObject({
      ok: true,
      data: { kind: 'resident', name: '张伟', currentRoomId: 'cpd-1-b1-u1-101' },
    });
  });

  test('a staff session is a real, revocable session', async () => {
    const login = await post(cloud, '/api/dev/login', { account: 'wuye' });
    const token = login.body.token;
    const me = await post(cloud, '/api/fn/auth', { action: 'me', token });
    expect(me.body).toMatchObject({ ok: true, data: { kind: 'staff', staff: { account: 'wuye' } } });
    await post(cloud, '/api/fn/auth', { action: 'logout', token });
    const after = await post(cloud, '/api/fn/auth', { action: 'me', token });
    expect(after).toMatchObject({ status: 401, body: { ok: false, error: { code: 'AUTH.UNAUTHENTICATED' } } });
  });

  test('bad requests get the envelope and issue nothing', async () => {
    expect(await post(cloud, '/api/dev/login', { openid: 'a b' })).toMatchObject({
      status: 400,
      body: { error: { code: 'VALIDATION.FAILED' } },
    });
    expect(await post(cloud, '/api/dev/login', { account: 'nobody' })).toMatchObject({
      status: 404,
      body: { error: { code: 'RESOURCE.NOT_FOUND' } },
    });
  });
});

describe('outside dev mode', () => {
  test('there is no dev login, and dev tokens are refused', async () => {
    const dev = await start('dev');
    const token = (await post(dev.cloud, '/api/dev/login', { openid: 'demo-owner-zhang' })).body.token;
    const accepted = await post(dev.cloud, '/api/fn/auth', { action: 'me', token });
    expect(accepted.status).toBe(200);
    await dev.cloud.close();

    // Same data folder, so the same session secret: only the mode differs.
    const { cloud, root } = await start('production', dev.root);
    try {
      expect((await fetch(`${cloud.url}/api/dev/accounts`)).status).toBe(404);
      expect((await post(cloud, '/api/dev/login', { openid: 'demo-owner-zhang' })).status).toBe(404);
      const me = await post(cloud, '/api/fn/auth', { action: 'me', token });
      expect(me).toMatchObject({ status: 401, body: { error: { code: 'AUTH.UNAUTHENTICATED' } } });
    } finally {
      await cloud.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
