import { NOTIFY_TOPICS, type OutputOf, type ParsedInputOf, type repairContract } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { acceptImageIds } from '../../files/accept-image';
import type { Caller } from '../../ports/identity';
import { applyTransition } from './apply-transition';
import { notifyHousehold } from './notify-household';
import { loadRepairFor, requireCapacity } from './repair-actors';
import { toRepairDetail } from './repair-view';

type Repair = typeof repairContract;

/** `repair.accept`: the assigned worker takes the job (a second accept is refused: it has nothing to do). */
export async function acceptJob(deps: Deps, caller: Caller, input: ParsedInputOf<Repair, 'accept'>) {
  return workerStep(deps, caller, input.repairId, 'accept');
}

/** `repair.start`: the worker is on site; only after accepting. */
export async function startJob(deps: Deps, caller: Caller, input: ParsedInputOf<Repair, 'start'>) {
  return workerStep(deps, caller, input.repairId, 'start');
}

/** `repair.finish`: done, with a note and photos of the result; the household is asked to confirm. */
export async function finishJob(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Repair, 'finish'>,
): Promise<OutputOf<Repair, 'finish'>> {
  const { repair, party } = await loadRepairFor(deps, caller, input.repairId);
  requireCapacity(party, 'worker');
  const photoIds = acceptImageIds(input.photoIds);
  for (const fileId of photoIds) await deps.files.claim(fileId, party.id);
  const at = deps.clock.now().toISOString();
  const updated = await applyTransition(deps, repair, {
    action: 'finish',
    actor: 'worker',
    by: { kind: 'staff', id: party.id, label: party.label },
    set: { resolvedAt: at, isOverdue: false, completion: { note: input.note, photoIds, at } },
    note: input.note,
    photoIds,
  });
  await notifyHousehold(deps, updated, NOTIFY_TOPICS.repairResolved);
  return toRepairDetail(deps, updated, party);
}

async function workerStep(
  deps: Deps,
  caller: Caller,
  repairId: string,
  action: 'accept' | 'start',
): Promise<OutputOf<Repair, 'accept'>> {
  const { repair, party } = await loadRepairFor(deps, caller, repairId);
  requireCapacity(party, 'worker');
  // Accept once, then start: the state machine keeps both in `assigned`, the acceptance time tells them apart.
  const isReady = action === 'accept' ? repair.acceptedAt === null : repair.acceptedAt !== null;
  if (!isReady) throw new AppError('REPAIR.ILLEGAL_TRANSITION');
  const updated = await applyTransition(deps, repair, {
    action,
    actor: 'worker',
    by: { kind: 'staff', id: party.id, label: party.label },
    set: action === 'accept' ? { acceptedAt: deps.clock.now().toISOString() } : {},
  });
  return toRepairDetail(deps, updated, party);
}
