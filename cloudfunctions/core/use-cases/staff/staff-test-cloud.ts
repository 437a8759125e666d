import type { Envelope } from '@linli/shared';
import { openSeededDataDir, type SeededDataDir, TEST_SECRET } from '../../../harness/seeded-data-dir';
import type { Handler } from '../../handler/define-handler';
import type { DocumentStore } from '../../ports/document-store';
import { DEMO_PASSWORD } from '../../seed/seed-demo';

export const SECRET = TEST_SECRET;

type Fn = 'auth' | 'staff';

/**
 * The auth and staff functions on a seeded data folder (see harness/seeded-data-dir.ts), called through their
 * `main(event, context)`; `store` is a second connection so tests can look at (and age) what they wrote.
 */
export function setUpStaffCloud(prefix: string) {
  let data: SeededDataDir | null = null;
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
    async setUp(): Promise<void> {
      data = await openSeededDataDir(prefix);
    },
    get store(): DocumentStore {
      if (!data) throw new Error('call setUp() first');
      return data.store;
    },
    async call(fn: Fn, action: string, input: unknown = {}, token?: string): Promise<Envelope<unknown>> {
      return (await handler(fn))({ action, data: input, token }, { request_id: `${prefix}-${fn}-${action}` });
    },
    /** Data of a call that must succeed; fails the test with the error body otherwise. */
    async ok<T = Record<string, unknown>>(fn: Fn, action: string, input: unknown = {}, token?: string): Promise<T> {
      const result = await cloud.call(fn, action, input, token);
      if (!result.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(result.error)}`);
      return result.data as T;
    },
    async login(account: string, password = DEMO_PASSWORD): Promise<string> {
      return (await cloud.ok<{ token: string }>('auth', 'staffLogin', { account, password })).token;
    },
    residentToken(openid: string): string {
      if (!data) throw new Error('call setUp() first');
      return data.residentToken(openid);
    },
    async tearDown(): Promise<void> {
      for (const loaded of handlers.values()) await loaded.dispose();
      await data?.close();
    },
  };
  return cloud;
}
