import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Contract, contracts, type FunctionName } from '@linli/shared';
import Database from 'better-sqlite3';
import { openStore } from '../core/compose';
import { readConfig } from '../core/env';
import type { Handler } from '../core/handler/define-handler';
import { systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { createIdCipher } from '../core/privacy/id-cipher';
import { seedDemo } from '../core/seed/seed-demo';
import { INDEXES } from '../core/store/indexes';
import { STAFF_SESSIONS, type StaffSessionDoc } from '../core/use-cases/staff/collections';
import { type Persona, sessionIdFor, tokenFor } from './personas';

export const TEST_SECRET = 'harness-secret-harness-secret-harness-secret';

/**
 * A fresh sqlite data folder with the demo community seeded, set up the way the local cloud sets up its functions;
 * handlers load from their folders, and staff personas get fresh live sessions on demand. The fingerprint of the whole store
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
  let store: Promise<DocumentStore> | null = null;
  let sessions = 0;

  async function openSeeded(): Promise<DocumentStore> {
    const config = readConfig();
    const opened = await openStore(config);
    await opened.ensureIndexes(INDEXES);
    await seedDemo({ store: opened, idCipher: createIdCipher(config.LINLI_ID_KEY), clock: systemClock });
    return opened;
  }

  return {
    dataDir,
    async handler(fn: FunctionName): Promise<Handler<Contract>> {
      store ??= openSeeded();
      await store;
      let loaded = handlers.get(fn);
      if (!loaded) {
        const mod: { main: Handler<Contract> } = await import(`../${fn}/index`);
        loaded = mod.main;
        handlers.set(fn, loaded);
      }
      return loaded;
    },
    /**
     * A token for a persona; staff get a fresh live session each time, so a call that ends a session (logout,
     * password change) cannot disturb the next case.
     */
    async token(persona: Persona): Promise<string | undefined> {
      store ??= openSeeded();
      const opened = await store;
      if (persona.kind !== 'staff') return tokenFor(persona, TEST_SECRET);
      const sessionId = `${sessionIdFor(persona)}-${++sessions}`;
      const now = new Date();
      await opened.collection<StaffSessionDoc>(STAFF_SESSIONS).insert({
        _id: sessionId,
        staffId: persona.subject,
        createdAt: now.toISOString(),
        expiresAt: new Date(now.getTime() + 3600_000).toISOString(),
        revokedAt: null,
      });
      return tokenFor(persona, TEST_SECRET, now, sessionId);
    },
    /** Every row of every table, in one string; equal fingerprints mean nothing was written. */
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
      for (const handler of handlers.values()) await handler.dispose();
      if (store) await (await store).close();
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
