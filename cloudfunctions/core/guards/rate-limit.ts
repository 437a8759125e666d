import type { Deps } from '../deps';
import { AppError } from '../errors';
import { type Doc, type IndexSpec, StoreError } from '../ports/document-store';

export const RATE_WINDOWS = 'rate_windows';

interface RateWindowDoc extends Doc {
  count: number;
  /** When the window's document may be purged. */
  expiresAt: string;
}

export interface RateRule {
  /** What is being limited, e.g. `door-open:<residentId>`. */
  key: string;
  limit: number;
  windowSeconds: number;
}

export const RATE_INDEXES: readonly IndexSpec[] = [{ collection: RATE_WINDOWS, fields: ['expiresAt'] }];

/**
 * Counts one attempt in the current fixed window and refuses past the limit with RATE.LIMITED. The count is one
 * conditional increment (`count < limit`), so concurrent attempts across instances cannot overshoot; the window's
 * document is created by the first attempt, and a lost creation race falls back to the increment.
 */
export async function consumeRate(deps: Pick<Deps, 'store' | 'clock'>, rule: RateRule): Promise<void> {
  const now = deps.clock.now().getTime();
  const windowMs = rule.windowSeconds * 1000;
  const start = Math.floor(now / windowMs) * windowMs;
  const id = `${rule.key}:${start}`.slice(0, 128);
  const windows = deps.store.collection<RateWindowDoc>(RATE_WINDOWS);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if ((await windows.update({ _id: id, count: { lt: rule.limit } }, { inc: { count: 1 } })) === 1) return;
    if (await windows.get(id)) throw new AppError('RATE.LIMITED');
    try {
      await windows.insert({ _id: id, count: 1, expiresAt: new Date(start + windowMs).toISOString() });
      return;
    } catch (error) {
      if (!(error instanceof StoreError && error.kind === 'DUPLICATE')) throw error;
    }
  }
  throw new AppError('RATE.LIMITED');
}

/** Removes windows that have closed; a timer calls it so the collection stays small. */
export async function purgeRateWindows(deps: Pick<Deps, 'store' | 'clock'>): Promise<number> {
  return deps.store
    .collection<RateWindowDoc>(RATE_WINDOWS)
    .remove({ expiresAt: { lt: deps.clock.now().toISOString() } });
}
