import { AUTO_CONFIRM_DAYS, OPEN_REPAIR_STATUSES } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { StoreError } from '../../ports/document-store';
import { applyTransition } from './apply-transition';
import { REPAIRS, type RepairDoc } from './collections';

const BATCH = 500;
const SYSTEM = { kind: 'system' as const, id: null, label: '系统' };

/**
 * The repairs timer: marks open repairs past their SLA as overdue (once, on the timeline), and confirms repairs
 * resolved AUTO_CONFIRM_DAYS ago that nobody confirmed. A repair moved meanwhile by someone is left for next time.
 */
export async function sweepRepairs(deps: Deps): Promise<{ overdue: number; autoConfirmed: number }> {
  const now = deps.clock.now();
  const repairs = deps.store.collection<RepairDoc>(REPAIRS);
  let overdue = 0;
  for (const status of OPEN_REPAIR_STATUSES) {
    const late = await repairs.find(
      { status, dueAt: { lt: now.toISOString() }, isOverdue: false },
      { orderBy: [['dueAt', 'asc']], limit: BATCH },
    );
    for (const repair of late.items) {
      if (
        await quietly(
          applyTransition(deps, repair, {
            action: 'overdue',
            actor: 'system',
            by: SYSTEM,
            set: { isOverdue: true },
            note: '已超过处理时限',
          }),
        )
      )
        overdue += 1;
    }
  }
  const cutoff = new Date(now.getTime() - AUTO_CONFIRM_DAYS * 86_400_000).toISOString();
  const stale = await repairs.find(
    { status: 'resolved', resolvedAt: { lt: cutoff } },
    { orderBy: [['resolvedAt', 'asc']], limit: BATCH },
  );
  let autoConfirmed = 0;
  for (const repair of stale.items) {
    if (
      await quietly(
        applyTransition(deps, repair, {
          action: 'autoConfirm',
          actor: 'system',
          by: SYSTEM,
          note: `${AUTO_CONFIRM_DAYS}天未确认，系统自动确认完成`,
        }),
      )
    )
      autoConfirmed += 1;
  }
  return { overdue, autoConfirmed };
}

/** True when the transition went through; false when someone moved the repair first. */
async function quietly(transition: Promise<unknown>): Promise<boolean> {
  try {
    await transition;
    return true;
  } catch (error) {
    if (error instanceof AppError || (error instanceof StoreError && error.kind === 'CONFLICT')) return false;
    throw error;
  }
}
