import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { openStore } from '../core/compose';
import { readConfig } from '../core/env';
import { signSession } from '../core/identity/session-token';
import { systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { createIdCipher } from '../core/privacy/sealed-box';
import { seedDemo } from '../core/seed/seed-demo';
import { INDEXES } from '../core/store/indexes';
import { STAFF, STAFF_SESSIONS, type StaffDoc, type StaffSessionDoc } from '../core/use-cases/staff/collections';
import { exportFunctionEnv } from './env';

export const TEST_SECRET = 'harness-secret-harness-secret-harness-secret';

export type SeededDataDir = Awaited<ReturnType<typeof openSeededDataDir>>;

/**
 * What every function test stands on: a fresh sqlite data folder with the demo community seeded, the environment set
 * as the local cloud sets it for its bundles (see env.ts), a second store
 * connection for arranging and inspecting data, and real sessions: dev tokens for residents, staff tokens backed by
 * live session docs as `auth.staffLogin` makes them.
 */
export async function openSeededDataDir(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  exportFunctionEnv(dataDir, TEST_SECRET);
  const config = readConfig();
  const store: DocumentStore = await openStore(config);
  await store.ensureIndexes(INDEXES);
  await seedDemo({ store, idCipher: createIdCipher(config.LINLI_ID_KEY), clock: systemClock });
  const file = path.join(dataDir, 'linli.sqlite');
  const exp = () => Math.floor(Date.now() / 1000) + 3600;
  let sessions = 0;

  function sqlite<R>(read: (db: Database.Database) => R): R {
    const db = new Database(file, { readonly: true });
    try {
      return read(db);
    } finally {
      db.close();
    }
  }

  return {
    dataDir,
    store,
    sqlite,
    residentToken(openid: string): string {
      const claims = { v: 1 as const, kind: 'resident' as const, sub: openid, roles: ['resident' as const] };
      return signSession({ ...claims, scope: null, dev: true, exp: exp() }, TEST_SECRET);
    },
    /** A fresh live session each time, so a call that ends one (logout) cannot disturb the next. */
    async staffToken(staffId: string): Promise<string> {
      const staff = await store.collection<StaffDoc>(STAFF).get(staffId);
      if (!staff) throw new Error(`no demo staff ${staffId}`);
      const sid = `test-session-${staffId}-${++sessions}-${randomBytes(4).toString('hex')}`;
      const now = new Date();
      await store.collection<StaffSessionDoc>(STAFF_SESSIONS).insert({
        _id: sid,
        staffId,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 3600_000).toISOString(),
        revokedAt: null,
      });
      const claims = { v: 1 as const, kind: 'staff' as const, sub: staffId, sid, roles: staff.roles, exp: exp() };
      return signSession({ ...claims, scope: staff.scopePath }, TEST_SECRET);
    },
    /** Every row of every table, in one string; equal fingerprints mean nothing was written. */
    fingerprint(): string {
      return sqlite((db) => {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
          name: string;
        }[];
        return tables
          .map(({ name }) => `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all())}`)
          .join('\n');
      });
    },
    async close(): Promise<void> {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
