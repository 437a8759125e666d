import { randomBytes } from 'node:crypto';

/**
 * Sets the environment a function bundle reads on its first invocation, as the local cloud sets it: sqlite under
 * `dataDir`, dev mode, a fixed session secret and a fresh ID key. For tests and benches that call `main` in-process
 * (jest gives each test file its own `process.env`).
 */
export function exportFunctionEnv(dataDir: string, sessionSecret: string): void {
  Object.assign(process.env, {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: 'dev',
    LINLI_DATA_DIR: dataDir,
    LINLI_SESSION_SECRET: sessionSecret,
    LINLI_ID_KEY: randomBytes(32).toString('base64'),
    LINLI_LOG_LEVEL: 'silent',
  });
}

/** Where links and device webhooks point in a test, as the local cloud sets its own URL. */
export function exportPublicUrl(url: string): void {
  process.env.LINLI_PUBLIC_URL = url;
}
