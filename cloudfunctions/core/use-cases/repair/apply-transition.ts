import { checkRepairTransition, type REPAIR_TRANSITIONS, type RepairActor } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Update } from '../../ports/document-store';
import { REPAIRS, type RepairDoc, type RepairEventDoc } from './collections';

export interface TransitionRequest {
  action: keyof typeof REPAIR_TRANSITIONS;
  actor: RepairActor;
  by: { kind: RepairEventDoc['actorKind']; id: string | null; label: string };
  /** Fields the transition sets beside the status. */
  set?: Record<string, unknown>;
  inc?: Record<string, number>;
  note?: string | null;
  photoIds?: string[];
  isInternal?: boolean;
}

/**
 * Moves a repair by the state machine (shared/rules/repair-transitions) and records the move on its timeline, in
 * one conditional update on the status and version the caller saw: a repair someone else moved meanwhile is not
 * moved again (RESOURCE.CONFLICT), and an illegal move changes nothing (REPAIR.ILLEGAL_TRANSITION).
 */
export async function applyTransition(
  deps: Pick<Deps, 'store' | 'clock'>,
  repair: RepairDoc,
  request: TransitionRequest,
): Promise<RepairDoc> {
  const check = checkRepairTransition(request.action, repair.status, request.actor);
  if (!check.ok) throw new AppError('REPAIR.ILLEGAL_TRANSITION');
  const at = deps.clock.now().toISOString();
  const event: RepairEventDoc = {
    at,
    action: request.action,
    actorKind: request.by.kind,
    actorId: request.by.id,
    actorLabel: request.by.label,
    from: repair.status,
    to: check.to === repair.status ? null : check.to,
    note: request.note ?? null,
    photoIds: request.photoIds ?? [],
    isInternal: request.isInternal ?? false,
  };
  const update: Update = {
    set: { ...request.set, status: check.to, updatedAt: at },
    inc: { ...request.inc, version: 1 },
    push: { timeline: event },
  };
  const repairs = deps.store.collection<RepairDoc>(REPAIRS);
  const changed = await repairs.update({ _id: repair._id, status: repair.status, version: repair.version }, update);
  if (changed === 0) throw new AppError('RESOURCE.CONFLICT');
  const updated = await repairs.get(repair._id);
  if (!updated) throw new AppError('REPAIR.NOT_FOUND');
  return updated;
}
