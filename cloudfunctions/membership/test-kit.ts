import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ActionName, type Envelope, type InputOf, membershipContract, type OutputOf } from '@linli/shared';
import Database from 'better-sqlite3';
import type { z } from 'zod';
import { openStore } from '../core/compose';
import { readConfig } from '../core/env';
import { signSession } from '../core/identity/session-token';
import { systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { createIdCipher } from '../core/privacy/id-cipher';
import { seedDemo } from '../core/seed/seed-demo';
import { INDEXES } from '../core/store/indexes';
import { STAFF, STAFF_SESSIONS, type StaffDoc, type StaffSessionDoc } from '../core/use-cases/staff/collections';
import { main } from './index';

type Contract = typeof membershipContract;
type Action = ActionName<Contract>;

const SECRET = 'membership-test-secret-membership-test-secret';

/**
 * The membership function on a fresh sqlite data folder seeded with the demo community, configured the way the local
 * cloud configures it. Tests call `main(event, context)` as a client would, with dev resident tokens and staff
 * tokens backed by live sessions; `store` is a second connection for arranging and inspecting data directly.
 */
export async function startMembershipCloud(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  // biome-ignore lint/style/noProcessEnv: test set-up configures the function exactly as the local cloud does, via env.
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
  let calls = 0;
  function call(token: string | undefined, action: string, data: unknown = {}): Promise<Envelope<unknown>> {
    return main({ action, data, token }, { request_id: `membership-test-${++calls}` });
  }

  return {
    store,
    resident(openid: string): string {
      return signSession(
        { v: 1, kind: 'resident', sub: openid, roles: ['resident'], scope: null, dev: true, exp: exp() },
        SECRET,
      );
    },
    /** Logs a seeded staff account in by creating a live session for it, as `auth.staffLogin` would. */
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
    /** Calls an action that must succeed, and returns its output checked against the contract. */
    async ok<K extends Action>(
      token: string | undefined,
      action: K,
      data: InputOf<Contract, K>,
    ): Promise<OutputOf<Contract, K>> {
      const envelope = await call(token, action, data);
      if (!envelope.ok) throw new Error(`${action} failed: ${envelope.error.code} ${envelope.error.message}`);
      const output: z.ZodType = membershipContract.actions[action].output;
      return output.parse(envelope.data) as OutputOf<Contract, K>;
    },
    /** Every row of every table; equal fingerprints mean nothing was written. */
    fingerprint(): string {
      const db = new Database(path.join(dataDir, 'linli.sqlite'), { readonly: true });
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

export type MembershipCloud = Awaited<ReturnType<typeof startMembershipCloud>>;

export function codeOf(envelope: Envelope<unknown>): string | null {
  return envelope.ok ? null : envelope.error.code;
}
