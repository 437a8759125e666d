import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { ZPersonName, ZPhone } from '../domain/people';
import { ANYONE, MANAGERS } from '../roles';
import { ZAccessLogRow } from './access-log';
import { defineContract } from './define-contract';

/** A pass lasts at most a week. */
export const MAX_PASS_HOURS = 7 * 24;

export const PASS_STATES = ['valid', 'not_yet', 'expired', 'used_up', 'revoked'] as const;
export const ZPassState = z.enum(PASS_STATES);

const ZPlate = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[\u4e00-\u9fa5][A-Z][A-Z0-9]{5,6}$/, '车牌号格式不正确');

export const ZPassView = z.object({
  passId: ZId,
  kind: z.enum(['visitor', 'delivery']),
  visitorName: z.string(),
  validFrom: z.iso.datetime(),
  validUntil: z.iso.datetime(),
  maxUses: z.number().int(),
  usesLeft: z.number().int(),
  state: ZPassState,
  doors: z.array(z.object({ doorId: ZId, name: z.string() })),
});

/**
 * How a pass is shared: the opaque token, the H5 link `/v/<token>` (QR code and any browser) and the mini-program
 * card path. Only the pass's creator ever receives it.
 */
export const ZPassShare = z.object({ token: z.string(), link: z.string(), path: z.string() });

/** Visitor passes shared as links; the visitor needs no account. */
export const visitorContract = defineContract('visitor', {
  create: {
    summary: '创建访客通行证（最长7天，默认单次），分享为小程序卡片或链接',
    input: z
      .object({
        kind: z.enum(['visitor', 'delivery']).default('visitor'),
        visitorName: ZPersonName,
        phone: ZPhone.optional(),
        plate: ZPlate.optional(),
        doorIds: z.array(ZId).min(1).max(10),
        validFrom: z.iso.datetime(),
        validUntil: z.iso.datetime(),
        maxUses: z.number().int().min(1).max(50).default(1),
      })
      .strict()
      .refine((v) => Date.parse(v.validUntil) > Date.parse(v.validFrom), {
        message: '结束时间须晚于开始时间',
        path: ['validUntil'],
      })
      .refine((v) => Date.parse(v.validUntil) - Date.parse(v.validFrom) <= MAX_PASS_HOURS * 3600_000, {
        message: '通行证最长7天',
        path: ['validUntil'],
      }),
    output: ZPassView.extend({ share: ZPassShare }),
    roles: ['owner', 'family', 'tenant'],
  },
  mine: {
    summary: '我创建的通行证与使用记录',
    input: ZPageQuery.strict(),
    output: pageOf(
      ZPassView.extend({
        uses: z.array(z.object({ at: z.iso.datetime(), doorName: z.string() })),
        /** Present while the pass can still be used, so it can be shared again. */
        share: ZPassShare.nullable(),
      }),
    ),
    roles: ['owner', 'family', 'tenant'],
  },
  revoke: {
    summary: '作废通行证',
    input: z.object({ passId: ZId }).strict(),
    output: ZPassView,
    roles: ['owner', 'family', 'tenant'],
  },
  info: {
    summary: '访客打开链接：谁的通行证、有效期、可开的门（无需登录）',
    input: z.object({ token: z.string().min(16).max(128) }).strict(),
    output: ZPassView.omit({ passId: true }).extend({ hostName: z.string(), reason: z.string().nullable() }),
    roles: ANYONE,
  },
  open: {
    summary: '访客凭通行证开门（次数原子扣减）',
    input: z.object({ token: z.string().min(16).max(128), doorId: ZId }).strict(),
    output: z.object({ doorId: ZId, openedAt: z.iso.datetime(), usesLeft: z.number().int() }),
    roles: ANYONE,
  },
  log: {
    summary: '访客通行记录（工作人员）',
    input: ZPageQuery.extend({ within: ZId.optional() }).strict(),
    output: pageOf(ZAccessLogRow),
    roles: [...MANAGERS, 'grid'],
  },
});
