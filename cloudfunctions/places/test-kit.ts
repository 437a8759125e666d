import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ActionName, Contract, Envelope, InputOf, OutputOf } from '@linli/shared';
import Database from 'better-sqlite3';
import type { z } from 'zod';
import { openStore } from '../core/compose';
import { readConfig } from '../core/env';
import type { Handler } from '../core/handler/define-handler';
import { signSession } from '../core/identity/session-token';
import { systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { createIdCipher } from '../core/privacy/id-cipher';
import { seedDemo } from '../core/seed/seed-demo';
import { INDEXES } from '../core/store/indexes';
import { STAFF, STAFF_SESSIONS, type StaffDoc, type StaffSessionDoc } from '../core/use-cases/staff/collections';

const SECRET = 'places-test-secret-places-test-secret-places';

/**
 * One function on a fresh sqlite data folder seeded with the demo community, configured as the local cloud
 * configures it. Tests call `main(event, context)` as a client would: dev tokens for residents, staff tokens backed
 * by live sessions (made here the way `auth.staffLogin` makes them). `store` is a second connection for arranging
 * and inspecting data directly; `sqlite` opens the file itself for query plans and fingerprints.
 */
export async function startFunctionCloud<C extends Contract>(prefix: string, contract: C, main: Handler<C>) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  // biome-ignore lint/style/noProcessEnv: a test configures the function through its environment, as the local cloud does.
  Object.assign(process.env, {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: 'dev',
    LINLI_DATA_DIR: dataDir,
    LINLI_SESSION_SECRET: SECRET,
    LINLI_ID_KEY: randomBytes(32).toString('base64'),
    LINLI_LOG_LEVEL: 'silent',
  });
  const config = readConfig();
  const store: DocumentStore = await openStore(config);
  await store.ensureIndexes(INDEXES);
  await seedDemo({ store, idCipher: createIdCipher(config.LINLI_ID_KEY), clock: systemClock });
  const exp = () => Math.floor(Date.now() / 1000) + 3600;
  const file = path.join(dataDir, 'linli.sqlite');
  let calls = 0;

  function call(token: string | undefined, action: ActionName<C>, data: unknown = {}): Promise<Envelope<unknown>> {
    return main({ action, data, token }, { request_id: `${prefix}-${++calls}` });
  }

  return {
    store,
    resident(openid: string): string {
      const claims = { v: 1 as const, kind: 'resident' as const, sub: openid, roles: ['resident' as const] };
      return signSession({ ...claims, scope: null, dev: true, exp: exp() }, SECRET);
    },
    async staff(account: string): Promise<string> {
      const staff = await store.collection<StaffDoc>(STAFF).get(`staff-${account}`);
      if (!staff) throw new Error(`no demo staff ${account}`);
      const sid = `test-session-${account}-${randomBytes(4).toString('hex')}`;
      const now = new Date();
      await store.collection<StaffSessionDoc>(STAFF_SESSIONS).insert({
        _id: sid,
        staffId: staff._id,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 3600_000).toISOString(),
        revokedAt: null,
      });
      const claims = { v: 1 as const, kind: 'staff' as const, sub: staff._id, sid, roles: staff.roles, exp: exp() };
      return signSession({ ...claims, scope: staff.scopePath }, SECRET);
    },
    call,
    /** Calls an action that must succeed and returns its output, checked against the contract. */
    async ok<K extends ActionName<C>>(
      token: string | undefined,
      action: K,
      data: InputOf<C, K>,
    ): Promise<OutputOf<C, K>> {
      const envelope = await call(token, action, data);
      if (!envelope.ok) throw new Error(`${action} failed: ${envelope.error.code} ${envelope.error.message}`);
      const output: z.ZodType = contract.actions[action]?.output as z.ZodType;
      return output.parse(envelope.data) as OutputOf<C, K>;
    },
    /** Reads the data file directly (read-only), e.g. for EXPLAIN QUERY PLAN. */
    sqlite<R>(read: (db: Database.Database) => R): R {
      const db = new Database(file, { readonly: true });
      try {
        return read(db);
      } finally {
        db.close();
      }
    },
    /** Every row of every table; equal fingerprints mean nothing was written. */
    fingerprint(): string {
      const db = new Database(file, { readonly: true });
      try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
          name: string;
        }[];
        return tables
          .map(({ name }) => `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all())}`)
          .join('\n');
      } finally {
        db.close();
      }
    },
    async tearDown() {
      await main.dispose();
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type FunctionCloud<C extends Contract> = Awaited<ReturnType<typeof startFunctionCloud<C>>>;

export function codeOf(envelope: Envelope<unknown>): string | null {
  return envelope.ok ? null : envelope.error.code;
}
