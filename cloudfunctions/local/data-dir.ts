import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataDirInUse } from './startup-error';

const LOCK_FILE = 'local-cloud.lock';

interface SecretSpec {
  file: string;
  make: () => string;
  /** core/env.ts's minimum length for the variable. */
  minLength: number;
}

/** Signs session tokens (LINLI_SESSION_SECRET). */
const SESSION_SECRET: SecretSpec = {
  file: 'session-secret',
  make: () => randomBytes(48).toString('base64url'),
  minLength: 32,
};
/** Encrypts ID numbers at rest (LINLI_ID_KEY): 32 bytes, base64. */
const ID_KEY: SecretSpec = { file: 'id-key', make: () => randomBytes(32).toString('base64'), minLength: 44 };

export function ensureDataDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

export interface DataSecrets {
  sessionSecret: string;
  idKey: string;
}

/**
 * The data folder's keys, made on its first run and kept (owner-only files) so sessions and encrypted ID numbers
 * survive a restart. Never committed, never printed.
 */
export function readOrCreateSecrets(dir: string): DataSecrets {
  return { sessionSecret: readOrCreate(dir, SESSION_SECRET), idKey: readOrCreate(dir, ID_KEY) };
}

function readOrCreate(dir: string, spec: SecretSpec): string {
  const file = path.join(dir, spec.file);
  if (statSync(file, { throwIfNoEntry: false })) {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length < spec.minLength) {
      throw new Error(`${file} is shorter than ${spec.minLength} characters: delete it to make a new one`);
    }
    chmodSync(file, 0o600);
    return secret;
  }
  const secret = spec.make();
  writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  return secret;
}

/**
 * Claims the data folder for this process. SQLite would happily let two stacks share the file (WAL), and then both
 * would run the timers and seed; the lock turns that into a clear start-up error. A lock left by a process that is
 * gone is taken over.
 */
export function lockDataDir(dir: string): () => void {
  const file = path.join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() }), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if (!isCode(error, 'EEXIST')) throw error;
      const holder = readHolder(file);
      if (holder !== null && holder !== process.pid && isAlive(holder)) throw dataDirInUse(dir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`could not take the lock ${file}`);
}

function readHolder(file: string): number | null {
  try {
    const { pid } = JSON.parse(readFileSync(file, 'utf8')) as { pid?: unknown };
    return typeof pid === 'number' && Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return isCode(error, 'EPERM');
  }
}

function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === code;
}
