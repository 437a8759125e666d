import path from 'node:path';
import { z } from 'zod';

/** The repository root: the local cloud finds the builds and the default data folder relative to it. */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/**
 * The local cloud's own settings. This file is the runner's only reader (and writer) of `process.env`: the bundles
 * it loads read their configuration from there, exactly as they would in CloudBase.
 */
const ZLocalConfig = z.object({
  /** 0 asks the system for a free port; the real one is printed. */
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  LINLI_DATA_DIR: z.string().min(1).default(path.join(REPO_ROOT, '.data')),
  LINLI_MODE: z.enum(['dev', 'production']).default('dev'),
  LINLI_LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** `off` keeps the cron timers from firing (benchmarks, some tests). */
  LINLI_TIMERS: z.enum(['on', 'off']).default('on'),
  /** Where the function bundles are; tests point this at fixture bundles. */
  LINLI_FUNCTIONS_DIR: z
    .string()
    .min(1)
    .default(path.join(REPO_ROOT, 'cloudfunctions', 'dist')),
});

export interface LocalConfig {
  port: number;
  host: string;
  /** Absolute. */
  dataDir: string;
  mode: 'dev' | 'production';
  logLevel: z.infer<typeof ZLocalConfig>['LINLI_LOG_LEVEL'];
  timers: boolean;
  /** Absolute. */
  functionsDir: string;
}

export function readLocalConfig(source: Record<string, string | undefined> = process.env): LocalConfig {
  // An empty variable (`PORT=`) means "not set", not "0".
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = ZLocalConfig.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`本地云配置有误 / Invalid local cloud configuration: ${problems}`);
  }
  const env = parsed.data;
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.LINLI_DATA_DIR),
    mode: env.LINLI_MODE,
    logLevel: env.LINLI_LOG_LEVEL,
    timers: env.LINLI_TIMERS === 'on',
    functionsDir: path.resolve(env.LINLI_FUNCTIONS_DIR),
  };
}

/**
 * Sets the environment the bundles read on their first invocation (core/env.ts): the same variables CloudBase
 * would give them, pointing at the local store. One local cloud per process, since the environment is shared.
 */
export function exportBundleEnv(config: LocalConfig, secrets: { sessionSecret: string; idKey: string }): void {
  Object.assign(process.env, {
    LINLI_STORE: 'sqlite',
    LINLI_RUNTIME: 'local',
    LINLI_MODE: config.mode,
    LINLI_DATA_DIR: config.dataDir,
    LINLI_SESSION_SECRET: secrets.sessionSecret,
    LINLI_ID_KEY: secrets.idKey,
    LINLI_LOG_LEVEL: config.logLevel,
  });
}

/** Where browsers and devices reach this local cloud, known once it listens: visitor links and webhooks use it. */
export function exportPublicUrl(url: string): void {
  process.env.LINLI_PUBLIC_URL = url;
}

/** The environment for a local cloud run as a child process (tests, e2e): this process's, plus overrides. */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** What the bundles' config.json files declare (merged by bundle-env.ts), set as CloudBase would set it. */
export function exportDeclaredEnv(declared: Record<string, string>): void {
  Object.assign(process.env, declared);
}
