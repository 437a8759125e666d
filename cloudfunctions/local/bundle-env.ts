import type { LoadedFunction } from './bundles';

/** Set by the local cloud itself: a bundle's config.json values for these describe CloudBase, not this machine. */
const LOCAL_OWNED = new Set([
  'LINLI_STORE',
  'LINLI_RUNTIME',
  'LINLI_MODE',
  'LINLI_DATA_DIR',
  'LINLI_SESSION_SECRET',
  'LINLI_ID_KEY',
  'LINLI_LOG_LEVEL',
  'LINLI_PUBLIC_URL',
]);

/**
 * The environment the bundles declare in their config.json (`LINLI_VERSION`, `LINLI_BUILT_AT`, feature settings),
 * merged for the one process they share. CloudBase gives each function its own; here a disagreement keeps the first
 * function's value (by name) and is reported, except the build time, where the latest is the truth.
 */
export function mergeDeclaredEnv(functions: readonly LoadedFunction[]): {
  env: Record<string, string>;
  conflicts: string[];
} {
  const env: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const fn of functions) {
    for (const [key, value] of Object.entries(fn.envVariables)) {
      if (LOCAL_OWNED.has(key)) continue;
      const current = env[key];
      if (current === undefined || (key === 'LINLI_BUILT_AT' && value > current)) env[key] = value;
      else if (current !== value && key !== 'LINLI_BUILT_AT')
        conflicts.push(`${key} (${fn.name} declares another value)`);
    }
  }
  return { env, conflicts };
}
