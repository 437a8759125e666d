import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** `cloudfunctions/`: every deployable function is a folder here. */
export const FUNCTIONS_ROOT = path.resolve(__dirname, '..');
export const REPO_ROOT = path.resolve(FUNCTIONS_ROOT, '..');
export const DIST_ROOT = path.join(FUNCTIONS_ROOT, 'dist');

/** Folders under `cloudfunctions/` that are never deployed on their own. */
const NOT_FUNCTIONS = new Set(['core', 'local', 'scripts', 'harness', 'dist', 'node_modules']);

/** CloudBase names: a letter first, then letters, digits, `-` or `_`; lower case so it is also a valid npm name. */
const FUNCTION_NAME = /^[a-z][a-z0-9_-]{0,59}$/;

/** CloudBase's timer cron has seven fields: second minute hour day month weekday year. */
const ZTimerTrigger = z.object({
  name: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,59}$/),
  type: z.literal('timer'),
  config: z.string().refine((cron) => cron.trim().split(/\s+/).length === 7, 'cron must have 7 fields'),
});

/** A function's `config.json`. Unknown keys (e.g. WeChat `permissions`) are kept and copied to the bundle. */
export const ZFunctionConfig = z.looseObject({
  timeout: z.number().int().min(1).max(900),
  memorySize: z.union([z.literal(128), z.literal(256), z.literal(512), z.literal(1024), z.literal(2048)]),
  runtime: z.literal('Nodejs18.15'),
  envVariables: z.record(z.string().regex(/^[A-Z][A-Z0-9_]*$/), z.string()).default({}),
  triggers: z.array(ZTimerTrigger).default([]),
});
export type FunctionConfig = z.infer<typeof ZFunctionConfig>;

export interface FunctionFolder {
  name: string;
  /** Absolute path of `cloudfunctions/<name>/`. */
  dir: string;
  entry: string;
  config: FunctionConfig;
}

/** Every function folder (one holding `index.ts` and `config.json`), sorted by name. */
export function discoverFunctions(root: string = FUNCTIONS_ROOT): FunctionFolder[] {
  const found: FunctionFolder[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.') || NOT_FUNCTIONS.has(entry.name)) continue;
    const dir = path.join(root, entry.name);
    const hasIndex = existsSync(path.join(dir, 'index.ts'));
    const hasConfig = existsSync(path.join(dir, 'config.json'));
    if (!hasIndex && !hasConfig) continue;
    if (!hasIndex || !hasConfig) {
      throw new Error(`cloudfunctions/${entry.name} needs both index.ts and config.json to be a function`);
    }
    if (!FUNCTION_NAME.test(entry.name)) {
      throw new Error(`cloudfunctions/${entry.name}: not a valid CloudBase function name (${FUNCTION_NAME})`);
    }
    found.push({
      name: entry.name,
      dir,
      entry: path.join(dir, 'index.ts'),
      config: readFunctionConfig(path.join(dir, 'config.json')),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export function readFunctionConfig(file: string): FunctionConfig {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${path.relative(REPO_ROOT, file)} is not valid JSON`, { cause: error });
  }
  const parsed = ZFunctionConfig.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${path.relative(REPO_ROOT, file)}: ${problems}`);
  }
  return parsed.data;
}

/**
 * A folder without a contract cannot be called by any client, and a contract without a folder is an API nobody
 * serves: both are mistakes to stop at build time rather than find in production.
 */
export function checkAgainstContracts(folders: readonly string[], contractNames: readonly string[]): void {
  const withoutContract = folders.filter((name) => !contractNames.includes(name));
  const withoutFolder = contractNames.filter((name) => !folders.includes(name));
  const problems = [
    ...withoutContract.map((name) => `cloudfunctions/${name} has no contract in @linli/shared's \`contracts\``),
    ...withoutFolder.map((name) => `contract "${name}" has no function folder cloudfunctions/${name}`),
  ];
  if (problems.length > 0) throw new Error(`Functions and contracts disagree:\n  ${problems.join('\n  ')}`);
}
