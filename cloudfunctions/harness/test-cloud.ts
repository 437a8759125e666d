import { type Contract, contracts, type FunctionName } from '@linli/shared';
import type { Handler } from '../core/handler/define-handler';
import { type Persona, tokenFor } from './personas';
import { openSeededDataDir, type SeededDataDir, TEST_SECRET } from './seeded-data-dir';

export { TEST_SECRET } from './seeded-data-dir';

/**
 * Every registered function on one seeded data folder, for the harnesses that sweep all contracts. Handlers load
 * from their folders; personas get real sessions (a fresh staff session for every call of `token`).
 */
export function setUpTestCloud(prefix: string) {
  const handlers = new Map<FunctionName, Handler<Contract>>();
  let opened: Promise<SeededDataDir> | null = null;
  const data = () => {
    opened ??= openSeededDataDir(prefix);
    return opened;
  };

  return {
    async handler(fn: FunctionName): Promise<Handler<Contract>> {
      await data();
      let loaded = handlers.get(fn);
      if (!loaded) {
        const mod: { main: Handler<Contract> } = await import(`../${fn}/index`);
        loaded = mod.main;
        handlers.set(fn, loaded);
      }
      return loaded;
    },
    async token(persona: Persona): Promise<string | undefined> {
      const seeded = await data();
      if (persona.kind === 'staff') return seeded.staffToken(persona.subject);
      if (persona.kind === 'resident') return seeded.residentToken(persona.subject);
      return tokenFor(persona, TEST_SECRET);
    },
    async fingerprint(): Promise<string> {
      return (await data()).fingerprint();
    },
    async tearDown() {
      for (const handler of handlers.values()) await handler.dispose();
      if (opened) await (await opened).close();
    },
  };
}

export function everyAction(): { fn: FunctionName; action: string; contract: Contract }[] {
  return (Object.keys(contracts) as FunctionName[]).flatMap((fn) => {
    const contract: Contract = contracts[fn];
    return Object.keys(contract.actions).map((action) => ({ fn, action, contract }));
  });
}
