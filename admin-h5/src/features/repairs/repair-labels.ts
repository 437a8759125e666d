import {
  OPEN_REPAIR_STATUSES,
  type OutputOf,
  REPAIR_CATEGORIES,
  REPAIR_CATEGORY_IDS,
  type RepairAction,
  type RepairDetail,
  type RepairSummary,
  type repairContract,
} from '@linli/shared';

export type WorkerRow = OutputOf<typeof repairContract, 'workers'>['workers'][number];
export type BoardPage = OutputOf<typeof repairContract, 'board'>;
export type RepairPhoto = RepairDetail['photos'][number];

/** The category filter and the duty form, in the shared table's order, with its labels. */
export const CATEGORY_OPTIONS = REPAIR_CATEGORY_IDS.map((id) => ({ value: id, label: REPAIR_CATEGORIES[id].label }));

/** Each timeline entry as staff read it; the mini-program names them alike. */
export const TIMELINE_LABELS: Record<RepairAction, string> = {
  submit: '提交报修',
  assign: '派单',
  accept: '师傅已接单',
  start: '开始维修',
  finish: '维修完成',
  confirm: '确认完成',
  cancel: '住户撤销',
  reopen: '重新打开',
  merge: '合并为重复报修',
  comment: '备注',
  overdue: '已超过承诺时间',
  autoConfirm: '超时自动确认',
};

const HOUR_MS = 3_600_000;

/**
 * How late an open repair is, or null when it is not. The SLA timer sets `isOverdue` on its rounds; a repair whose
 * due time passed since the last round is late all the same, so the clock decides too.
 */
export function overdueHoursOf(
  repair: Pick<RepairSummary, 'status' | 'dueAt' | 'isOverdue'>,
  now: number,
): number | null {
  if (!OPEN_REPAIR_STATUSES.includes(repair.status)) return null;
  const late = now - Date.parse(repair.dueAt);
  if (late <= 0 && !repair.isOverdue) return null;
  return Math.max(0, Math.floor(late / HOUR_MS));
}

/** 已超时 5 小时; under the first hour the words still say it is late. */
export function overdueLabelOf(hours: number): string {
  return hours < 1 ? '已超时（不足 1 小时）' : `已超时 ${hours} 小时`;
}

/** A phone number the caller was shown in full can be dialled; a masked one cannot. */
export function isDiallable(phone: string): boolean {
  return /^\+?\d[\d-]{5,}$/.test(phone);
}
