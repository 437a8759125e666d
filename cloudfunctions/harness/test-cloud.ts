import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Contract, contracts, type FunctionName } from '@linli/shared';
import { openStore } from '../core/compose';
import { readConfig } from '../core/env';
import type { Handler } from '../core/handler/define-handler';
import { systemClock } from '../core/ports/clock';
import { createIdCipher } from '../core/privacy/id-cipher';
import { seedDemo } from '../core/seed/seed-demo';
import { INDEXES } from '../core/store/indexes';
import { STAFF_SESSIONS, type StaffSessionDoc } from '../core/use-cases/staff/collections';
import { PERSONAS, sessionIdFor } from './personas';

export const TEST_SECRET = 'harness-secret-harness-secret-harness-secret';

/**
 * A fresh sqlite data folder with the demo community seeded and a live session for every staff persona, set up the
 * way the local cloud sets up its functions; handlers load from their folders. The fingerprint of the whole store
 * proves that a call wrote nothing.
 */
export function setUpTestCloud(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  Object.assign(process.env, {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: 'dev',
    LINLI_DATA_DIR: dataDir,
    LINLI_SESSION_SECRET: TEST_SECRET,
    LINLI_ID_KEY: randomBytes(32).toString('base64'),
    LINLI_LOG_LEVEL: 'silent',
  });
  const handlers = new Map<FunctionName, Handler<Contract>>();
  let seeded: Promise<void> | null = null;

  async function seed(): Promise<void> {
    const config = readConfig();
    const store = await openStore(config);
    try {
      await store.ensureIndexes(INDEXES);
      await seedDemo({ store, idCipher: createIdCipher(config.LINLI_ID_KEY), clock: systemClock });
      const now = new Date();
      for (const persona of PERSONAS.filter((p) => p.kind === 'staff')) {
        await store.collection<StaffSessionDoc>(STAFF_SESSIONS).insert({
          _id: sessionIdFor(persona),
          staffId: persona.subject,
          createdAt: now.toISOString(),
          expiresAt: new Date(now.getTime() + 3600_000).toISOString(),
          revokedAt: null,
        });
      }
    } finally {
      await store.close();
    }
  }

  return {
    dataDir,
    async handler(fn: FunctionName): Promise<Handler<Contract>> {
      seeded ??= seed();
      await seeded;
      let loaded = handlers.get(fn);
      if (!loaded) {
        const mod: { main: Handler<Contract> } = await import(`../${fn}/index`);
        loaded = mod.main;
        handlers.set(fn, loaded);
      }
      return loaded;
    },
    /** Every row of every table, in one string; equal fingerprints mean nothing was written. */
    fingerprint(): string {
      const db = new Database(path.join(dataDir, 'linli.sqlite'), { readonly: true });
      try {
        const tables = db
          .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
          .all() as { name: string }[];
        return tables
          .map(({ name }) => `${name}:${JSON.stringify(db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).all())}`)
          .join('\n');
      } finally {
        db.close();
      }
    },
    async tearDown() {
      for (const handler of handlers.values()) await handler.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function everyAction(): { fn: FunctionName; action: string; contract: Contract }[] {
  return (Object.keys(contracts) as FunctionName[]).flatMap((fn) => {
    const contract: Contract = contracts[fn];
    return Object.keys(contract.actions).map((action) => ({ fn, action, contract }));
  });
}
