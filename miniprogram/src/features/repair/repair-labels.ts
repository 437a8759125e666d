import {
  REPAIR_CATEGORIES,
  REPAIR_CATEGORY_IDS,
  REPAIR_URGENCIES,
  REPAIR_URGENCY_LABELS,
  type RepairAction,
  type RepairCategory,
  type RepairUrgency,
} from '@linli/shared';
import { formatShanghaiTime } from '../../utils/format-shanghai-time';

/** The category tiles, in the shared table's order, with its labels: the console and the app name them alike. */
export const CATEGORY_OPTIONS = REPAIR_CATEGORY_IDS.map((id) => ({ value: id, label: REPAIR_CATEGORIES[id].label }));

export const URGENCY_OPTIONS = REPAIR_URGENCIES.map((urgency) => ({
  value: urgency,
  label: REPAIR_URGENCY_LABELS[urgency],
}));

/** What the resident may expect: the SLA the overdue timer holds staff to, in words. */
export function promiseOf(category: RepairCategory, urgency: RepairUrgency): string {
  return `物业承诺${REPAIR_CATEGORIES[category].slaHours[urgency]}小时内处理`;
}

/** Each timeline entry as a resident reads it; staff comments never reach residents. */
export const TIMELINE_LABELS: Record<RepairAction, string> = {
  submit: '提交报修',
  assign: '已派单',
  accept: '师傅已接单',
  start: '开始维修',
  finish: '维修完成',
  confirm: '确认完成',
  cancel: '已撤销',
  reopen: '重新打开',
  merge: '合并为重复报修',
  comment: '备注',
  overdue: '已超过承诺时间',
  autoConfirm: '超时自动确认',
};

/** `11月22日 13:05`, Beijing time: the form lists and timelines use. */
export function formatRepairTime(isoUtc: string): string {
  return formatShanghaiTime(isoUtc, 'M月D日 HH:mm');
}

/** `11月23日 09:00–12:00` (one day) or both ends in full when the window spans days. */
export function formatTimeWindow(from: string, to: string): string {
  const sameDay = formatShanghaiTime(from, 'YYYY-MM-DD') === formatShanghaiTime(to, 'YYYY-MM-DD');
  return sameDay
    ? `${formatRepairTime(from)}–${formatShanghaiTime(to, 'HH:mm')}`
    : `${formatRepairTime(from)} 至 ${formatRepairTime(to)}`;
}
