import {
  checkRepairTransition,
  OPEN_REPAIR_STATUSES,
  REOPEN_DAYS,
  type REPAIR_TRANSITIONS,
  type RepairAction,
  type RepairActor,
  type RepairDetail,
  type RepairSummary,
} from '@linli/shared';
import type { Deps } from '../../deps';
import type { RepairDoc } from './collections';
import type { RepairParty } from './repair-actors';

/** Overdue by the clock: open and past its due time (the timer's mark can lag by minutes). */
export function isOverdueAt(repair: RepairDoc, now: Date): boolean {
  return OPEN_REPAIR_STATUSES.includes(repair.status) && repair.dueAt < now.toISOString();
}

export function toRepairSummary(repair: RepairDoc, now: Date): RepairSummary {
  return {
    repairId: repair._id,
    number: repair.number,
    category: repair.category,
    urgency: repair.urgency,
    status: repair.status,
    title: repair.title,
    locationLabel: repair.locationLabel,
    reporterName: repair.reporterName,
    createdAt: repair.createdAt,
    dueAt: repair.dueAt,
    isOverdue: isOverdueAt(repair, now),
    assignee: repair.assigneeId ? { staffId: repair.assigneeId, name: repair.assigneeName ?? '' } : null,
    reopenCount: repair.reopenCount,
    rating: repair.rating,
  };
}

/** Until when the household may reopen: REOPEN_DAYS after resolution, while resolved or confirmed. */
export function reopenUntilOf(repair: RepairDoc): string | null {
  if (!repair.resolvedAt || (repair.status !== 'resolved' && repair.status !== 'confirmed')) return null;
  return new Date(Date.parse(repair.resolvedAt) + REOPEN_DAYS * 86_400_000).toISOString();
}

const OFFERED: readonly [keyof typeof REPAIR_TRANSITIONS, RepairActor][] = [
  ['cancel', 'household'],
  ['confirm', 'household'],
  ['reopen', 'household'],
  ['assign', 'manager'],
  ['merge', 'manager'],
  ['comment', 'manager'],
  ['accept', 'worker'],
  ['start', 'worker'],
  ['finish', 'worker'],
  ['comment', 'worker'],
];

/** What the party may do now: the state machine's answer plus each action's own condition. */
export function actionsFor(repair: RepairDoc, party: RepairParty, now: Date): RepairAction[] {
  const can = new Set<RepairAction>();
  for (const [action, actor] of OFFERED) {
    if (!party.capacities.includes(actor) || !checkRepairTransition(action, repair.status, actor).ok) continue;
    if (action === 'accept' && repair.acceptedAt) continue;
    if (action === 'start' && !repair.acceptedAt) continue;
    if (action === 'reopen' && (reopenUntilOf(repair) ?? '') <= now.toISOString()) continue;
    can.add(action);
  }
  return [...can];
}

/** A repair as the party sees it: staff comments only for staff, photos as expiring URLs. */
export async function toRepairDetail(
  deps: Pick<Deps, 'files' | 'clock'>,
  repair: RepairDoc,
  party: RepairParty,
): Promise<RepairDetail> {
  const isStaff = party.kind === 'staff';
  const timeline = repair.timeline.filter((event) => isStaff || !event.isInternal);
  const ids = [
    ...repair.photoIds,
    ...(repair.completion?.photoIds ?? []),
    ...timeline.flatMap((event) => event.photoIds),
  ];
  const urls = new Map((ids.length ? await deps.files.urls([...new Set(ids)]) : []).map((u) => [u.fileId, u.url]));
  const photos = (fileIds: readonly string[]) => fileIds.map((fileId) => ({ fileId, url: urls.get(fileId) ?? null }));
  return {
    ...toRepairSummary(repair, deps.clock.now()),
    description: repair.description,
    photos: photos(repair.photoIds),
    preferredTime: repair.preferredTime,
    reporterPhone: repair.reporterPhone,
    timeline: timeline.map((event) => ({
      at: event.at,
      action: event.action,
      actorLabel: event.actorLabel,
      from: event.from,
      to: event.to,
      note: event.note,
      photos: photos(event.photoIds),
    })),
    completion: repair.completion
      ? { note: repair.completion.note, photos: photos(repair.completion.photoIds), at: repair.completion.at }
      : null,
    ratingComment: repair.ratingComment,
    mergedInto: repair.mergedInto,
    reopenUntil: reopenUntilOf(repair),
    can: actionsFor(repair, party, deps.clock.now()),
  };
}
