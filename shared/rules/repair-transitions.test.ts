import { REPAIR_STATUSES, type RepairStatus } from '../domain/repairs';
import { checkRepairTransition, REPAIR_TRANSITIONS, type RepairActor } from './repair-transitions';

const ACTORS: RepairActor[] = ['household', 'manager', 'worker', 'system'];
const ACTIONS = Object.keys(REPAIR_TRANSITIONS) as (keyof typeof REPAIR_TRANSITIONS)[];

/** The allowed moves, written out by hand: the table must say exactly this. */
const ALLOWED: Record<string, RepairStatus> = {
  'assign submitted manager': 'assigned',
  'assign reopened manager': 'assigned',
  'assign assigned manager': 'assigned',
  'assign submitted system': 'assigned',
  'assign reopened system': 'assigned',
  'assign assigned system': 'assigned',
  'accept assigned worker': 'assigned',
  'start assigned worker': 'in_progress',
  'finish in_progress worker': 'resolved',
  'confirm resolved household': 'confirmed',
  'cancel submitted household': 'cancelled',
  'cancel reopened household': 'cancelled',
  'reopen resolved household': 'reopened',
  'reopen confirmed household': 'reopened',
  'merge submitted manager': 'merged',
  'merge reopened manager': 'merged',
  'merge assigned manager': 'merged',
  'autoConfirm resolved system': 'confirmed',
};
for (const status of ['submitted', 'reopened', 'assigned', 'in_progress', 'resolved'] as const) {
  ALLOWED[`comment ${status} manager`] = status;
  ALLOWED[`comment ${status} worker`] = status;
}
for (const status of ['submitted', 'reopened', 'assigned', 'in_progress'] as const) {
  ALLOWED[`overdue ${status} system`] = status;
}

test.each(
  ACTIONS.flatMap((action) =>
    REPAIR_STATUSES.flatMap((status) => ACTORS.map((actor) => [action, status, actor] as const)),
  ),
)('%s from %s by %s', (action, status, actor) => {
  const expected = ALLOWED[`${action} ${status} ${actor}`];
  const check = checkRepairTransition(action, status, actor);
  expect(check).toEqual(
    expected === undefined ? { ok: false, reason: expect.any(String) } : { ok: true, to: expected },
  );
});

test('the closed states are final except by reopening a confirmed repair', () => {
  for (const status of ['cancelled', 'merged'] as const) {
    for (const action of ACTIONS)
      for (const actor of ACTORS) expect(checkRepairTransition(action, status, actor).ok).toBe(false);
  }
});
