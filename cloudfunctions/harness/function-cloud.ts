import type { ActionName, Contract, Envelope, InputOf, OutputOf } from '@linli/shared';
import type { z } from 'zod';
import type { Handler } from '../core/handler/define-handler';
import { openSeededDataDir } from './seeded-data-dir';

/**
 * One function on a seeded data folder, called through its `main(event, context)` as a client would. `resident`
 * and `staff` sign callers in (staff by account: `wuye` → `staff-wuye`); `ok` calls an action that must succeed and
 * returns its output checked against the contract.
 */
export async function startFunctionCloud<C extends Contract>(prefix: string, contract: C, main: Handler<C>) {
  const data = await openSeededDataDir(prefix);
  let calls = 0;

  function call(token: string | undefined, action: ActionName<C>, input: unknown = {}): Promise<Envelope<unknown>> {
    return main({ action, data: input, token }, { request_id: `${prefix}-${++calls}` });
  }

  return {
    store: data.store,
    sqlite: data.sqlite,
    fingerprint: data.fingerprint,
    resident: data.residentToken,
    staff: (account: string) => data.staffToken(`staff-${account}`),
    call,
    async ok<K extends ActionName<C>>(
      token: string | undefined,
      action: K,
      input: InputOf<C, K>,
    ): Promise<OutputOf<C, K>> {
      const envelope = await call(token, action, input);
      if (!envelope.ok) throw new Error(`${action} failed: ${envelope.error.code} ${envelope.error.message}`);
      const output = contract.actions[action]?.output as z.ZodType;
      return output.parse(envelope.data) as OutputOf<C, K>;
    },
    async tearDown() {
      await main.dispose();
      await data.close();
    },
  };
}

export type FunctionCloud<C extends Contract> = Awaited<ReturnType<typeof startFunctionCloud<C>>>;

export function codeOf(envelope: Envelope<unknown>): string | null {
  return envelope.ok ? null : envelope.error.code;
}
