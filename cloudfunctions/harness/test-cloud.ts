import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type Contract, contracts, type FunctionName } from '@linli/shared';
import type { Handler } from '../core/handler/define-handler';

export const TEST_SECRET = 'harness-secret-harness-secret-harness-secret';

/**
 * Points every function at a fresh sqlite data folder (the same env the local cloud sets), loads each function's
 * handler from its folder, and offers a fingerprint of the whole store to prove that a call wrote nothing.
 */
export function setUpTestCloud(prefix: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `linli-${prefix}-`));
  Object.assign(process.env, {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: 'dev',
    LINLI_DATA_DIR: dataDir,
    LINLI_SESSION_SECRET: TEST_SECRET,
    LINLI_LOG_LEVEL: 'silent',
  });
  const handlers = new Map<FunctionName, Handler<Contract>>();

  return {
    dataDir,
    async handler(fn: FunctionName): Promise<Handler<Contract>> {
      let loaded = handlers.get(fn);
      if (!loaded) {
        const mod: { main: Handler<Contract> } = await import(`../${fn}/index`);
        loaded = mod.main;
        handlers.set(fn, loaded);
      }
      return loaded;
    },
    /** Every row of every table, hashed into one string; equal fingerprints mean nothing was written. */
    fingerprint(): string {
      const db = new Database(path.join(dataDir, 'linli.sqlite'), { readonly: true, fileMustExist: false });
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
