import { chinaDayStamp } from '@linli/shared';
import type { Deps } from '../../deps';
import { COUNTERS, type CounterDoc } from './collections';

/**
 * `BX20261122-0007`: the day in Asia/Shanghai and that day's running count. Read and bumped in one transaction, so two
 * submissions at the same moment never share a number.
 */
export async function nextRepairNumber(deps: Pick<Deps, 'store'>, now: Date): Promise<string> {
  const day = chinaDayStamp(now);
  const _id = `repair-${day}`;
  const value = await deps.store.transaction(async (tx) => {
    const next = ((await tx.get<CounterDoc>(COUNTERS, _id))?.value ?? 0) + 1;
    await tx.set<CounterDoc>(COUNTERS, { _id, value: next });
    return next;
  });
  return `BX${day}-${String(value).padStart(4, '0')}`;
}
