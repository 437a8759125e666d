import path from 'node:path';
import { type MockDevices, startMockDevices } from '@linli/mock-devices';
import { systemClock } from '../core/ports/clock';
import type { DocumentStore } from '../core/ports/document-store';
import { createJsonLogger } from '../core/ports/logger';
import { INDEXES } from '../core/store/indexes';
import { mergeDeclaredEnv } from './bundle-env';
import { disposeFunctions, loadFunctions } from './bundles';
import { exportBundleEnv, exportDeclaredEnv, exportPublicUrl, type LocalConfig } from './config';
import { ensureDataDir, lockDataDir, readOrCreateSecrets } from './data-dir';
import { registerDemoDevices } from './demo-devices';
import { registerDevLogin } from './dev-login';
import { registerDevOutbox } from './dev-outbox';
import { registerDeviceHooks } from './device-hooks';
import { localFileRoutesDeps, registerFileRoutes } from './file-routes';
import { registerGateway } from './gateway';
import { registerHealth } from './health';
import { createHttpServer } from './http-server';
import { listenOnNextFreePort, listenOrExplain } from './listen';
import { type SeedDoc, seedDemo } from './seed';
import { explainStoreFailure, noBundles } from './startup-error';
import { DEFAULT_STATIC_ROOTS, inspectStaticRoots, registerStaticSites, type StaticRoots } from './static-sites';
import { scheduleTimers, type TimerInfo } from './timers';

export interface LocalCloudOptions {
  config: LocalConfig;
  staticRoots?: StaticRoots;
}

export interface LocalCloud {
  /** `http://host:port`, with the real port when PORT was 0. */
  url: string;
  port: number;
  dataDir: string;
  functions: string[];
  timers: () => TimerInfo[];
  mockDevices: MockDevices;
  seed: SeedDoc;
  /** Stops everything in order; safe to call twice. */
  close(): Promise<void>;
}

/**
 * The composition root of `npm start`: claims the data folder, sets the bundles' environment, migrates and seeds the
 * store, loads the same bundles that deploy, and serves them with the web builds, timers and mock-devices.
 * Whatever has started is stopped again, in reverse order, on close or when a later step fails.
 */
export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  const { config } = options;
  const log = createJsonLogger(config.logLevel);
  const closers: { name: string; close: () => unknown }[] = [];
  const closeAll = async (): Promise<void> => {
    for (const { name, close } of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        log.log('error', 'shutdown step failed', { step: name, error: String(error) });
      }
    }
  };

  try {
    ensureDataDir(config.dataDir);
    closers.push({ name: 'data lock', close: lockDataDir(config.dataDir) });
    const secrets = readOrCreateSecrets(config.dataDir);
    exportBundleEnv(config, secrets);

    const mockDevices = await listenOnNextFreePort(
      config.port === 0 || config.port >= 65535 ? 0 : config.port + 1,
      (port) => startMockDevices({ host: config.host, port }),
    );
    closers.push({ name: 'mock devices', close: () => mockDevices.close() });

    const file = path.join(config.dataDir, 'linli.sqlite');
    const { store, seed } = await openMigrateAndSeed(file, secrets.idKey);
    closers.push({ name: 'store', close: () => store.close() });
    await registerDemoDevices(store, { idKey: secrets.idKey, clock: systemClock, mockDevicesUrl: mockDevices.url });

    const functions = loadFunctions(config.functionsDir);
    closers.push({ name: 'functions', close: () => rethrowFirst(disposeFunctions(functions)) });
    if (functions.length === 0) throw noBundles(config.functionsDir);
    const declared = mergeDeclaredEnv(functions);
    exportDeclaredEnv(declared.env);
    for (const conflict of declared.conflicts) log.log('warn', 'bundles disagree on an env variable', { conflict });

    let closing = false;
    const staticRoots = options.staticRoots ?? DEFAULT_STATIC_ROOTS;
    const { status: staticSites, inlineScriptHashes } = inspectStaticRoots(staticRoots);
    const app = createHttpServer(log, inlineScriptHashes);
    const timers = scheduleTimers(functions, log, config.timers);
    closers.push({ name: 'http server', close: () => app.close() });
    closers.push({ name: 'timers', close: () => timers.stop() });
    registerGateway(app, functions, log);
    registerDeviceHooks(app, functions, log);
    if (config.mode === 'dev') registerDevLogin(app, store);
    if (config.mode === 'dev') registerDevOutbox(app, store);
    registerFileRoutes(app, localFileRoutesDeps({ config, sessionSecret: secrets.sessionSecret, store, log }));
    await registerStaticSites(app, staticRoots, staticSites);
    registerHealth(app, {
      store,
      functions,
      timers,
      mockDevices,
      staticSites,
      dataDir: config.dataDir,
      isClosing: () => closing,
    });
    const port = await listenOrExplain(app, config.host, config.port);
    const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
    exportPublicUrl(url);
    // Learn the devices' status and point them at the webhook now, not at the first tick a minute from now.
    timers
      .runNow('door', 'checkDevices')
      .catch((error: unknown) => log.log('warn', 'first device check failed', { error: String(error) }));

    return {
      url,
      port,
      dataDir: config.dataDir,
      functions: functions.map((fn) => fn.name),
      timers: () => timers.list(),
      mockDevices,
      seed,
      close: () => {
        closing = true;
        return closeAll();
      },
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The runner's own connection: migrates (every collection's indexes) and seeds a new data folder. */
async function openMigrateAndSeed(file: string, idKey: string): Promise<{ store: DocumentStore; seed: SeedDoc }> {
  let store: DocumentStore | undefined;
  try {
    const { createSqliteStore } = await import('../core/adapters/store/sqlite-store');
    store = await createSqliteStore({ file });
    await store.ensureIndexes(INDEXES);
    return { store, seed: await seedDemo(store, { idKey, clock: systemClock }) };
  } catch (error) {
    await store?.close().catch(() => undefined);
    throw explainStoreFailure(error, file);
  }
}

async function rethrowFirst(failures: Promise<unknown[]>): Promise<void> {
  const [first] = await failures;
  if (first !== undefined) throw first;
}
