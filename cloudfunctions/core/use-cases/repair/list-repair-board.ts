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
 * count and the overdue total, all within the caller's scope (or `within` it) and the category asked.
 */
export async function listRepairBoard(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'board'>,
): Promise<Board> {
  const base: Filter = { ...(await scopeFilter(deps, staffScopeOf(caller), input.within)) };
  if (input.category) base.category = input.category;
  const repairs = deps.store.collection<RepairDoc>(REPAIRS);
  const column: Filter = { ...base, status: input.status };
  if (input.isOverdue !== undefined) column.isOverdue = input.isOverdue;
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
    repairs.count({ ...base, status: { in: OPEN_REPAIR_STATUSES }, isOverdue: true }),
  ]);
  return {
    items: page.items.map(toRepairSummary),
    nextCursor: page.nextCursor,
    counts: Object.fromEntries(counts) as Record<RepairStatus, number>,
    overdue,
  };
}
