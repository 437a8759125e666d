import {
  OPEN_REPAIR_STATUSES,
  type OutputOf,
  type ParsedInputOf,
  REPAIR_STATUSES,
  type RepairStatus,
  type repairContract,
} from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { readPage } from '../places/cursor-check';
import { scopeFilter } from '../places/scope-filter';
import { staffScopeOf } from '../places/staff-scope';
import { REPAIRS, type RepairDoc } from './collections';
import { toRepairSummary } from './repair-view';

type Board = OutputOf<typeof repairContract, 'board'>;

/**
 * `repair.board`: one status column at a time, the soonest due first (so the overdue lead), with every column's
 * count and the overdue total, all within the caller's scope (or `within` it) and the category asked. Every read is
 * an index walk: scope, (category,) status, dueAt.
 */
export async function listRepairBoard(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'board'>,
): Promise<Board> {
  const base: Filter = { ...(await scopeFilter(deps, staffScopeOf(caller), input.within)) };
  if (input.category) base.category = input.category;
  const repairs = deps.store.collection<RepairDoc>(REPAIRS);
  // Overdue is "open and past due" by the clock, an index range on dueAt; the timer's isOverdue mark only records
  // it on the timeline, minutes later.
  const now = deps.clock.now().toISOString();
  const column: Filter = { ...base, status: input.status };
  if (input.isOverdue !== undefined) {
    if (!OPEN_REPAIR_STATUSES.includes(input.status)) {
      // A closed repair is never overdue: ask for nothing rather than everything.
      if (input.isOverdue) column._id = { in: [] };
    } else column.dueAt = input.isOverdue ? { lt: now } : { gte: now };
  }
  const [page, counts, overdue] = await Promise.all([
    readPage(input.cursor, () =>
      repairs.find(column, {
        orderBy: [
          ['dueAt', 'asc'],
          ['_id', 'asc'],
        ],
        limit: input.limit,
        cursor: input.cursor,
      }),
    ),
    Promise.all(REPAIR_STATUSES.map(async (status) => [status, await repairs.count({ ...base, status })] as const)),
    Promise.all(OPEN_REPAIR_STATUSES.map((status) => repairs.count({ ...base, status, dueAt: { lt: now } }))).then(
      (counts) => counts.reduce((sum, n) => sum + n, 0),
    ),
  ]);
  return {
    items: page.items.map((repair) => toRepairSummary(repair, deps.clock.now())),
    nextCursor: page.nextCursor,
    counts: Object.fromEntries(counts) as Record<RepairStatus, number>,
    overdue,
  };
}
