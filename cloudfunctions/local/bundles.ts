import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { z } from 'zod';

/** What a bundle's `index.js` exports as `main`: the same function CloudBase invokes. */
export interface BundleMain {
  (event: unknown, context: unknown): Promise<unknown>;
  readonly timers?: readonly string[];
  dispose?(): Promise<void>;
}

export interface TimerTrigger {
  name: string;
  /** CloudBase's seven-field cron, as written in config.json. */
  cron: string;
}

export interface LoadedFunction {
  name: string;
  main: BundleMain;
  triggers: TimerTrigger[];
  /** config.json's `envVariables`: what CloudBase would set for this function. */
  envVariables: Record<string, string>;
}

/** Only what the local cloud needs from a bundle's config.json; the bundler validates the rest. */
const ZBundleConfig = z.looseObject({
  envVariables: z.record(z.string(), z.string()).default({}),
  triggers: z.array(z.looseObject({ name: z.string().min(1), type: z.string(), config: z.string() })).default([]),
});

const FUNCTION_NAME = /^[a-z][a-z0-9_-]{0,59}$/;

/**
 * Loads every bundle under `dir` (`<fn>/index.js` + `config.json`), the very files that deploy. Each load is fresh
 * (out of the require cache), so a restarted local cloud in the same process gets new instances.
 */
export function loadFunctions(dir: string): LoadedFunction[] {
  if (!existsSync(dir)) return [];
  const load = createRequire(path.join(dir, 'noop.js'));
  const functions: LoadedFunction[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name, 'index.js');
    if (!entry.isDirectory() || !FUNCTION_NAME.test(entry.name) || !existsSync(file)) continue;
    delete load.cache[load.resolve(file)];
    const exported: unknown = load(file);
    const main = typeof exported === 'object' && exported !== null && 'main' in exported ? exported.main : undefined;
    if (typeof main !== 'function') throw new Error(`${file} does not export a main(event, context) function`);
    functions.push({
      name: entry.name,
      main: main as BundleMain,
      ...readConfig(path.join(dir, entry.name, 'config.json')),
    });
  }
  return functions.sort((a, b) => a.name.localeCompare(b.name));
}

function readConfig(file: string): Pick<LoadedFunction, 'triggers' | 'envVariables'> {
  if (!existsSync(file)) return { triggers: [], envVariables: {} };
  const parsed = ZBundleConfig.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const triggers = parsed.data.triggers.map((trigger) => {
    if (trigger.type !== 'timer')
      throw new Error(`${file}: trigger ${trigger.name} has type ${trigger.type}, not timer`);
    return { name: trigger.name, cron: trigger.config };
  });
  return { triggers, envVariables: parsed.data.envVariables };
}

/** Disposes every bundle (each closes the store it opened); one failing does not keep the others open. */
export async function disposeFunctions(functions: readonly LoadedFunction[]): Promise<unknown[]> {
  const results = await Promise.allSettled(functions.map((fn) => fn.main.dispose?.()));
  return results.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []));
}
