import type { RepairStatus } from '../domain/repairs';

/** Who acts on a repair: its household (any approved member of the reporter's room), staff, or the assigned worker. */
export type RepairActor = 'household' | 'manager' | 'worker' | 'system';

export type RepairAction =
  | 'submit'
  | 'assign'
  | 'accept'
  | 'start'
  | 'finish'
  | 'confirm'
  | 'cancel'
  | 'reopen'
  | 'merge'
  | 'comment'
  | 'overdue'
  | 'autoConfirm';

interface Transition {
  from: readonly RepairStatus[];
  /** Null: the status stays (a comment, an acceptance, an overdue mark). */
  to: RepairStatus | null;
  actors: readonly RepairActor[];
}

const OPEN: readonly RepairStatus[] = ['submitted', 'reopened', 'assigned', 'in_progress'];

/**
 * The repair state machine, as one table. submitted → assigned → in_progress → resolved → confirmed, with
 * cancelled (by the household, before anyone is assigned), reopened (by the household, after resolution),
 * merged (a duplicate of another, by staff). Every transition is recorded on the repair's timeline.
 */
export const REPAIR_TRANSITIONS: Record<Exclude<RepairAction, 'submit'>, Transition> = {
  assign: { from: ['submitted', 'reopened', 'assigned'], to: 'assigned', actors: ['manager', 'system'] },
  accept: { from: ['assigned'], to: null, actors: ['worker'] },
  start: { from: ['assigned'], to: 'in_progress', actors: ['worker'] },
  finish: { from: ['in_progress'], to: 'resolved', actors: ['worker'] },
  confirm: { from: ['resolved'], to: 'confirmed', actors: ['household'] },
  cancel: { from: ['submitted', 'reopened'], to: 'cancelled', actors: ['household'] },
  reopen: { from: ['resolved', 'confirmed'], to: 'reopened', actors: ['household'] },
  merge: { from: ['submitted', 'reopened', 'assigned'], to: 'merged', actors: ['manager'] },
  comment: { from: [...OPEN, 'resolved'], to: null, actors: ['manager', 'worker'] },
  overdue: { from: OPEN, to: null, actors: ['system'] },
  autoConfirm: { from: ['resolved'], to: 'confirmed', actors: ['system'] },
};

export type TransitionCheck = { ok: true; to: RepairStatus } | { ok: false; reason: 'status' | 'actor' };

/** Whether `actor` may take `action` on a repair in `status`, and the status it leads to. */
export function checkRepairTransition(
  action: keyof typeof REPAIR_TRANSITIONS,
  status: RepairStatus,
  actor: RepairActor,
): TransitionCheck {
  const transition = REPAIR_TRANSITIONS[action];
  if (!transition.actors.includes(actor)) return { ok: false, reason: 'actor' };
  if (!transition.from.includes(status)) return { ok: false, reason: 'status' };
  return { ok: true, to: transition.to ?? status };
}
