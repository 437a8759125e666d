import path from 'node:path';
import { openFileStorage } from './adapters/files/open-file-storage';
import { createSessionIdentity } from './adapters/identity/session-identity';
import { readCloudbaseWxContext, readLocalWxContext } from './adapters/identity/wx-context';
import { openNotifier } from './adapters/notify/open-notifier';
import type { Deps } from './deps';
import { type Config, readConfig } from './env';
import { createStoreDirectory } from './identity/caller-directory';
import { systemClock } from './ports/clock';
import type { DocumentStore } from './ports/document-store';
import { randomIds } from './ports/ids';
import { createJsonLogger } from './ports/logger';
import { createIdCipher, createVault } from './privacy/sealed-box';
import { INDEXES } from './store/indexes';

/**
 * Adapters only some functions use, handed in by those functions' `index.ts`, so the others' bundles do not carry
 * them (the door vendors bring an XML parser and digest auth that only `door` and `visitor` need).
 */
export interface FunctionAdapters {
  doorVendor?: Deps['doorVendor'];
}

/** The composition root: picks adapters from validated config. The only place that knows them all. */
export async function createDeps(config: Config, adapters: FunctionAdapters = {}): Promise<Deps> {
  const store = await openStore(config);
  await store.ensureIndexes(INDEXES);
  const [files, notifier] = await Promise.all([openFileStorage(config, store), openNotifier(config, store)]);
  const isLocal = config.LINLI_RUNTIME === 'local';
  return {
    config,
    store,
    clock: systemClock,
    ids: randomIds,
    log: createJsonLogger(config.LINLI_LOG_LEVEL),
    idCipher: createIdCipher(config.LINLI_ID_KEY),
    files,
    notifier,
    vault: createVault(config.LINLI_ID_KEY),
    doorVendor: adapters.doorVendor ?? noDoorVendors,
    identity: createSessionIdentity({
      secret: config.LINLI_SESSION_SECRET,
      allowDevSessions: isLocal && config.LINLI_MODE === 'dev',
      clock: systemClock,
      wxContext: isLocal ? readLocalWxContext : readCloudbaseWxContext,
      directory: createStoreDirectory(store),
    }),
  };
}

/** Adapters load lazily: a bundle never requires better-sqlite3 unless the sqlite store is selected. */
export async function openStore(config: Config): Promise<DocumentStore> {
  if (config.LINLI_STORE === 'sqlite') {
    const { createSqliteStore } = await import('./adapters/store/sqlite-store');
    return createSqliteStore({ file: path.resolve(config.LINLI_DATA_DIR, 'linli.sqlite') });
  }
  const { createCloudbaseStore } = await import('./adapters/store/cloudbase-store');
  return createCloudbaseStore({
    env: config.TCB_ENV_ID,
    secretId: config.TENCENTCLOUD_SECRETID,
    secretKey: config.TENCENTCLOUD_SECRETKEY,
    sessionToken: config.TENCENTCLOUD_SESSIONTOKEN,
  });
}

function noDoorVendors(): never {
  throw new Error('this function was not given the door vendor adapters (createProcessRuntime({ doorVendor }))');
}

export interface Runtime {
  deps(): Promise<Deps>;
  dispose(): Promise<void>;
}

/** One set of dependencies per loaded bundle, built on the first invocation and reused while the instance lives. */
export function createProcessRuntime(adapters: FunctionAdapters = {}): Runtime {
  const build = () => createDeps(readConfig(), adapters);
  let pending: Promise<Deps> | null = null;
  return {
    deps() {
      pending ??= build().catch((error: unknown) => {
        pending = null;
        throw error;
      });
      return pending;
    },
    async dispose() {
      const current = pending;
      pending = null;
      if (current) await (await current.catch(() => null))?.store.close();
    },
  };
}
