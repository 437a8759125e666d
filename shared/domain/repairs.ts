import { z } from 'zod';

/** What can break, with the hours staff have to fix it by urgency (the SLA the overdue timer checks). */
export const REPAIR_CATEGORIES = {
  water_electric: { label: '水电', slaHours: { normal: 24, urgent: 4 } },
  doors_windows: { label: '门窗', slaHours: { normal: 48, urgent: 8 } },
  elevator: { label: '电梯', slaHours: { normal: 12, urgent: 2 } },
  public_facility: { label: '公共设施', slaHours: { normal: 72, urgent: 24 } },
  greening_cleaning: { label: '绿化保洁', slaHours: { normal: 72, urgent: 24 } },
  other: { label: '其他', slaHours: { normal: 72, urgent: 24 } },
} as const;
export type RepairCategory = keyof typeof REPAIR_CATEGORIES;
export const REPAIR_CATEGORY_IDS = Object.keys(REPAIR_CATEGORIES) as [RepairCategory, ...RepairCategory[]];
export const ZRepairCategory = z.enum(REPAIR_CATEGORY_IDS);

export const REPAIR_URGENCIES = ['normal', 'urgent'] as const;
export const ZRepairUrgency = z.enum(REPAIR_URGENCIES);
export type RepairUrgency = z.infer<typeof ZRepairUrgency>;
export const REPAIR_URGENCY_LABELS: Record<RepairUrgency, string> = { normal: '一般', urgent: '紧急' };

export const REPAIR_STATUSES = [
  'submitted',
  'reopened',
  'assigned',
  'in_progress',
  'resolved',
  'confirmed',
  'cancelled',
  'merged',
] as const;
export const ZRepairStatus = z.enum(REPAIR_STATUSES);
export type RepairStatus = z.infer<typeof ZRepairStatus>;
export const REPAIR_STATUS_LABELS: Record<RepairStatus, string> = {
  submitted: '待派单',
  reopened: '已重新打开',
  assigned: '已派单',
  in_progress: '维修中',
  resolved: '待确认',
  confirmed: '已完成',
  cancelled: '已取消',
  merged: '已合并',
};

/** Still waiting for someone: these can go overdue. */
export const OPEN_REPAIR_STATUSES: readonly RepairStatus[] = ['submitted', 'reopened', 'assigned', 'in_progress'];

/** When a repair is due: its SLA hours after it was submitted (or reopened). */
export function repairDueAt(category: RepairCategory, urgency: RepairUrgency, from: Date): Date {
  return new Date(from.getTime() + REPAIR_CATEGORIES[category].slaHours[urgency] * 3600_000);
}

/** A resident may reopen a repair this long after it was resolved. */
export const REOPEN_DAYS = 7;
/** A resolved repair nobody confirms is confirmed by the platform after this long. */
export const AUTO_CONFIRM_DAYS = 7;
