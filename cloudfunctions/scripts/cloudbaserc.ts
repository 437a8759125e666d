import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FunctionFolder } from './function-folders';

/**
 * The CloudBase CLI config (`tcb fn deploy`), generated from the function folders so that adding a function adds
 * its deployment. Format 2.0: `{{env.X}}` is filled by the CLI from `.env` / `.env.local` at deploy time.
 */
export interface Cloudbaserc {
  version: '2.0';
  envId: string;
  functionRoot: string;
  functions: CloudbasercFunction[];
}

export interface CloudbasercFunction {
  name: string;
  handler: 'index.main';
  timeout: number;
  memorySize: number;
  runtime: string;
  installDependency: true;
  envVariables: Record<string, string>;
  triggers: { name: string; type: string; config: string }[];
  ignore: string[];
}

export interface CloudbasercOptions {
  /** Root package.json version, deployed as LINLI_VERSION. */
  version: string;
  /** `functionRoot` relative to the file's folder (the repo root). */
  functionRoot: string;
}

/**
 * Deploying a function replaces its whole configuration, env variables included, so everything the function reads
 * must be listed here, or a redeploy wipes what was set in the console. Secrets stay out of git: the CLI fills them
 * from `.env.local` (or `.env`) at deploy time. LINLI_BUILT_AT is deliberately absent: a timestamp here would change
 * this committed file on every build (the bundle's own config.json carries it).
 */
const DEPLOY_ENV: Record<string, string> = {
  LINLI_SESSION_SECRET: '{{env.LINLI_SESSION_SECRET}}',
  LINLI_ID_KEY: '{{env.LINLI_ID_KEY}}',
  LINLI_PUBLIC_URL: '{{env.LINLI_PUBLIC_URL}}',
};

/** The bundle's bookkeeping and the source map are not needed at run time. */
const DEPLOY_IGNORE = ['node_modules', 'node_modules/**/*', '.inputs-hash', 'index.js.map'];

export function createCloudbaserc(functions: readonly FunctionFolder[], options: CloudbasercOptions): Cloudbaserc {
  return {
    version: '2.0',
    envId: '{{env.TCB_ENV_ID}}',
    functionRoot: options.functionRoot,
    functions: functions.map(({ name, config }) => ({
      name,
      handler: 'index.main',
      timeout: config.timeout,
      memorySize: config.memorySize,
      runtime: config.runtime,
      installDependency: true,
      envVariables: { ...config.envVariables, LINLI_VERSION: options.version, ...DEPLOY_ENV },
      triggers: config.triggers.map(({ name: trigger, type, config: cron }) => ({ name: trigger, type, config: cron })),
      ignore: DEPLOY_IGNORE,
    })),
  };
}

/**
 * Writes the file only when its content changes (compared as JSON, since the formatter may lay it out differently),
 * so an unchanged build leaves git and mtimes alone. Returns whether it wrote.
 */
export function writeCloudbaserc(file: string, rc: Cloudbaserc): boolean {
  let current: unknown = null;
  try {
    current = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    current = null;
  }
  if (JSON.stringify(current) === JSON.stringify(rc)) return false;
  writeFileSync(file, `${JSON.stringify(rc, null, 2)}\n`);
  return true;
}

export function cloudbasercPath(repoRoot: string): string {
  return path.join(repoRoot, 'cloudbaserc.json');
}
