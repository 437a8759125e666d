import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Envelope } from '@linli/shared';
import { openStore } from '../../compose';
import { readConfig } from '../../env';
import type { Handler } from '../../handler/define-handler';
import { signSession } from '../../identity/session-token';
import { systemClock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import { createIdCipher } from '../../privacy/id-cipher';
import { DEMO_PASSWORD, seedDemo } from '../../seed/seed-demo';
import { INDEXES } from '../../store/indexes';

export const SECRET = 'staff-tests-secret-staff-tests-secret-xx';

type Fn = 'auth' | 'staff';

/**
 * A sqlite data folder seeded with the demo community, the auth and staff functions called through their
 * `main(event, context)`, and a second connection to the same store so tests can look at (and age) what they wrote.
 * Env is set as the local cloud sets it; jest gives each test file its own `process.env`.
 */
export function setUpStaffCloud(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  // biome-ignore lint/style/noProcessEnv: a test fixture sets the env the way the local cloud does
  Object.assign(process.env, {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: 'dev',
    LINLI_DATA_DIR: dataDir,
    LINLI_SESSION_SECRET: SECRET,
    LINLI_ID_KEY: randomBytes(32).toString('base64'),
    LINLI_LOG_LEVEL: 'silent',
  });
  let store: DocumentStore | null = null;
  const handlers = new Map<Fn, Handler>();

  async function handler(fn: Fn): Promise<Handler> {
    let loaded = handlers.get(fn);
    if (!loaded) {
      const mod: { main: Handler } =
        fn === 'auth' ? await import('../../../auth/index') : await import('../../../staff/index');
      loaded = mod.main;
      handlers.set(fn, loaded);
    }
    return loaded;
  }

  const cloud = {
    dataDir,
    async setUp(): Promise<void> {
      const config = readConfig();
      store = await openStore(config);
      await store.ensureIndexes(INDEXES);
      await seedDemo({ store, idCipher: createIdCipher(config.LINLI_ID_KEY), clock: systemClock });
    },
    get store(): DocumentStore {
      if (!store) throw new Error('call setUp() first');
      return store;
    },
    async call(fn: Fn, action: string, data: unknown = {}, token?: string): Promise<Envelope<unknown>> {
      return (await handler(fn))({ action, data, token }, { request_id: `${prefix}-${fn}-${action}` });
    },
    /** Data of a call that must succeed; fails the test with the error body otherwise. */
    async ok<T = Record<string, unknown>>(fn: Fn, action: string, data: unknown = {}, token?: string): Promise<T> {
      const result = await cloud.call(fn, action, data, token);
      if (!result.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(result.error)}`);
      return result.data as T;
    },
    async login(account: string, password = DEMO_PASSWORD): Promise<string> {
      return (await cloud.ok<{ token: string }>('auth', 'staffLogin', { account, password })).token;
    },
    residentToken(openid: string): string {
      const exp = Math.floor(Date.now() / 1000) + 600;
      return signSession(
        { v: 1, kind: 'resident', sub: openid, roles: ['resident'], scope: null, dev: true, exp },
        SECRET,
      );
    },
    async tearDown(): Promise<void> {
      for (const loaded of handlers.values()) await loaded.dispose();
      await store?.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return cloud;
}
