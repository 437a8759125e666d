import type { OutputOf, ParsedInputOf, repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { readPage } from '../places/cursor-check';
import { REPAIRS, type RepairDoc } from './collections';
import { toRepairSummary } from './repair-view';

/** `repair.jobs`: a worker's own jobs, open ones soonest due first, done ones likewise. */
export async function listJobs(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof repairContract, 'jobs'>,
): Promise<OutputOf<typeof repairContract, 'jobs'>> {
  if (caller.kind !== 'staff' || !caller.id) throw new AppError('AUTH.FORBIDDEN');
  const statuses = input.isOpen ? ['assigned', 'in_progress'] : ['resolved', 'confirmed'];
  const page = await readPage(input.cursor, () =>
    deps.store.collection<RepairDoc>(REPAIRS).find(
      { assigneeId: caller.id, status: { in: statuses } },
      {
        orderBy: [
          ['dueAt', input.isOpen ? 'asc' : 'desc'],
          ['_id', 'asc'],
        ],
        limit: input.limit,
        cursor: input.cursor,
      },
    ),
  );
  return { items: page.items.map((repair) => toRepairSummary(repair, deps.clock.now())), nextCursor: page.nextCursor };
}
