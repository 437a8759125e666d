import { z } from 'zod';
import { RESIDENT_ROLES } from '../roles';
import { defineContract } from './define-contract';

/** A message kind, one WeChat subscribe template each (`repair.assigned`). */
export const ZTopic = z.string().regex(/^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/, '消息类型格式不正确');
/** The topics features send today; a client asks for the ones the tap at hand needs. */
export const NOTIFY_TOPICS = {
  repairAssigned: 'repair.assigned',
  repairResolved: 'repair.resolved',
} as const;

/** Subscribe messages: which templates to ask for, and what the resident answered at the tap. */
export const notifyContract = defineContract('notify', {
  templates: {
    summary: '订阅消息模板（小程序在需要的那次点击时请求授权）',
    input: z.object({ topics: z.array(ZTopic).min(1).max(3) }).strict(),
    output: z.object({
      /** `templateId` is null where this deployment has no WeChat template for the topic (the local cloud). */
      templates: z.array(z.object({ topic: ZTopic, templateId: z.string().nullable() })),
    }),
    roles: RESIDENT_ROLES,
  },
  answer: {
    summary: '记录住户对订阅消息的选择（同意一次可收一条）',
    input: z
      .object({ answers: z.record(ZTopic, z.enum(['accept', 'reject', 'ban', 'filter'])) })
      .strict()
      .refine((v) => Object.keys(v.answers).length >= 1 && Object.keys(v.answers).length <= 3, {
        message: '一次最多记录3类消息',
      }),
    output: z.object({ allowance: z.record(z.string(), z.number().int().nonnegative()) }),
    roles: RESIDENT_ROLES,
  },
});
