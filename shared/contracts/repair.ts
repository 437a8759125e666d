import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { REPAIR_STATUSES, ZRepairCategory, ZRepairStatus, ZRepairUrgency } from '../domain/repairs';
import { MANAGERS } from '../roles';
import { MAX_IMAGES_PER_REQUEST } from '../rules/image-file';
import { defineContract } from './define-contract';

/** A stored file's id: local ids, or CloudBase `cloud://…` file ids. */
export const ZFileId = z.string().min(1).max(300).regex(/^\S+$/, '图片编号格式不正确');
const ZPhotoIds = z.array(ZFileId).max(MAX_IMAGES_PER_REQUEST, `最多上传${MAX_IMAGES_PER_REQUEST}张图片`);

export const REPAIR_ACTIONS = [
  'submit',
  'assign',
  'accept',
  'start',
  'finish',
  'confirm',
  'cancel',
  'reopen',
  'merge',
  'comment',
  'overdue',
  'autoConfirm',
] as const;
export const ZRepairAction = z.enum(REPAIR_ACTIONS);

const ZPhoto = z.object({ fileId: ZFileId, url: z.string().nullable() });

export const ZRepairSummary = z.object({
  repairId: ZId,
  /** Shown to people: `BX20261122-0007`. */
  number: z.string(),
  category: ZRepairCategory,
  urgency: ZRepairUrgency,
  status: ZRepairStatus,
  /** The description's first line, shortened. */
  title: z.string(),
  locationLabel: z.string(),
  reporterName: z.string(),
  createdAt: z.iso.datetime(),
  dueAt: z.iso.datetime(),
  isOverdue: z.boolean(),
  assignee: z.object({ staffId: ZId, name: z.string() }).nullable(),
  reopenCount: z.number().int().nonnegative(),
  rating: z.number().int().min(1).max(5).nullable(),
});
export type RepairSummary = z.infer<typeof ZRepairSummary>;

export const ZRepairEvent = z.object({
  at: z.iso.datetime(),
  action: ZRepairAction,
  /** `张*（住户）`, `李师傅（维修）`, `系统`. */
  actorLabel: z.string(),
  from: ZRepairStatus.nullable(),
  to: ZRepairStatus.nullable(),
  note: z.string().nullable(),
  photos: z.array(ZPhoto),
});

export const ZRepairDetail = ZRepairSummary.extend({
  description: z.string(),
  photos: z.array(ZPhoto),
  preferredTime: z.object({ from: z.iso.datetime(), to: z.iso.datetime() }).nullable(),
  /** Full phone for the household itself, managers and the assigned worker; masked otherwise. */
  reporterPhone: z.string(),
  timeline: z.array(ZRepairEvent),
  completion: z.object({ note: z.string(), photos: z.array(ZPhoto), at: z.iso.datetime() }).nullable(),
  ratingComment: z.string().nullable(),
  mergedInto: z.object({ repairId: ZId, number: z.string() }).nullable(),
  /** Until when the household may reopen it; null when it cannot be reopened. */
  reopenUntil: z.iso.datetime().nullable(),
  /** What the caller may do now, so a client shows only the buttons that will work. */
  can: z.array(ZRepairAction),
});
export type RepairDetail = z.infer<typeof ZRepairDetail>;

const ZRepairRef = z.object({ repairId: ZId }).strict();
const ZNote = z.string().trim().min(1, '请填写内容').max(500, '最多500字');

export const ZWorkerRow = z.object({
  staffId: ZId,
  name: z.string(),
  phone: z.string(),
  isOnDuty: z.boolean(),
  skills: z.array(ZRepairCategory),
  openJobs: z.number().int().nonnegative(),
});

const HOUSEHOLD = ['owner', 'family', 'tenant'] as const;

/** 报事报修: residents report, staff dispatch, workers fix, the household confirms and rates. */
export const repairContract = defineContract('repair', {
  submit: {
    summary: '提交报修（本户房屋或小区公共部位，可附最多9张照片）',
    input: z
      .object({
        category: ZRepairCategory,
        urgency: ZRepairUrgency.default('normal'),
        location: z.discriminatedUnion('kind', [
          z.object({ kind: z.literal('room') }).strict(),
          z.object({ kind: z.literal('public'), place: z.string().trim().min(2, '请写明位置').max(50) }).strict(),
        ]),
        description: z.string().trim().min(5, '请至少用5个字描述问题').max(500, '最多500字'),
        photoIds: ZPhotoIds.default([]),
        preferredTime: z
          .object({ from: z.iso.datetime(), to: z.iso.datetime() })
          .strict()
          .refine((t) => Date.parse(t.to) > Date.parse(t.from), { message: '结束时间须晚于开始时间', path: ['to'] })
          .optional(),
      })
      .strict(),
    output: ZRepairDetail,
    roles: HOUSEHOLD,
  },
  mine: {
    summary: '我家的报修',
    input: ZPageQuery.extend({ isOpen: z.boolean().optional() }).strict(),
    output: pageOf(ZRepairSummary),
    roles: HOUSEHOLD,
  },
  detail: {
    summary: '报修详情与处理进度',
    input: ZRepairRef,
    output: ZRepairDetail,
    roles: [...HOUSEHOLD, ...MANAGERS, 'worker'],
  },
  cancel: {
    summary: '派单前撤销报修',
    input: ZRepairRef.extend({ reason: z.string().trim().max(200).optional() }).strict(),
    output: ZRepairDetail,
    roles: HOUSEHOLD,
  },
  confirm: {
    summary: '确认完成并评价（1–5星）',
    input: ZRepairRef.extend({
      rating: z.number().int().min(1, '请评分').max(5),
      comment: z.string().trim().max(200).optional(),
    }).strict(),
    output: ZRepairDetail,
    roles: HOUSEHOLD,
  },
  reopen: {
    summary: '完成后7天内重新打开',
    input: ZRepairRef.extend({ reason: ZNote }).strict(),
    output: ZRepairDetail,
    roles: HOUSEHOLD,
  },
  board: {
    summary: '派单看板：按状态分列，超时标红',
    input: ZPageQuery.extend({
      status: ZRepairStatus.default('submitted'),
      within: ZId.optional(),
      category: ZRepairCategory.optional(),
      isOverdue: z.boolean().optional(),
    }).strict(),
    output: pageOf(ZRepairSummary).extend({
      counts: z.record(z.enum(REPAIR_STATUSES), z.number().int().nonnegative()),
      overdue: z.number().int().nonnegative(),
    }),
    roles: MANAGERS,
  },
  assign: {
    summary: '派单（不指定师傅时按类别轮流派给在岗师傅）',
    input: ZRepairRef.extend({ workerId: ZId.optional() }).strict(),
    output: ZRepairDetail,
    roles: MANAGERS,
  },
  merge: {
    summary: '合并重复报修（目标可填报修单编号或单号）',
    input: ZRepairRef.extend({ intoId: z.string().trim().min(1).max(64) }).strict(),
    output: ZRepairDetail,
    roles: MANAGERS,
  },
  comment: {
    summary: '工作人员备注（住户不可见）',
    input: ZRepairRef.extend({ text: ZNote }).strict(),
    output: ZRepairDetail,
    roles: [...MANAGERS, 'worker'],
  },
  workers: {
    summary: '可派单的维修师傅与手上工单数（按报修单所在小区，或所选小区）',
    input: z.object({ within: ZId.optional(), repairId: ZId.optional() }).strict(),
    output: z.object({ workers: z.array(ZWorkerRow) }),
    roles: MANAGERS,
  },
  jobs: {
    summary: '我的工单（维修师傅）',
    input: ZPageQuery.extend({ isOpen: z.boolean().default(true) }).strict(),
    output: pageOf(ZRepairSummary),
    roles: ['worker'],
  },
  accept: { summary: '接单', input: ZRepairRef, output: ZRepairDetail, roles: ['worker'] },
  start: { summary: '开始维修', input: ZRepairRef, output: ZRepairDetail, roles: ['worker'] },
  finish: {
    summary: '完工（说明与照片）',
    input: ZRepairRef.extend({ note: ZNote, photoIds: ZPhotoIds.default([]) }).strict(),
    output: ZRepairDetail,
    roles: ['worker'],
  },
  myDuty: {
    summary: '我的在岗状态与接单类别',
    input: z.object({}).strict(),
    output: ZWorkerRow,
    roles: ['worker'],
  },
  duty: {
    summary: '设置在岗状态与接单类别',
    input: z.object({ isOnDuty: z.boolean(), skills: z.array(ZRepairCategory).max(10).optional() }).strict(),
    output: ZWorkerRow,
    roles: ['worker'],
  },
});
