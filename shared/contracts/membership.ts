import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import {
  ZApplicationRow,
  ZHouseholdMember,
  ZIdNumber,
  ZMembershipRole,
  ZMembershipStatus,
  ZMembershipView,
  ZPersonName,
  ZPhone,
} from '../domain/people';
import { ANYONE, MANAGERS, RESIDENT_ROLES } from '../roles';
import { defineContract } from './define-contract';

const ZApplicant = z.object({ name: ZPersonName, phone: ZPhone, idNumber: ZIdNumber });

/** Residents binding rooms, staff approving them, owners inviting and removing their household. */
export const membershipContract = defineContract('membership', {
  apply: {
    summary: '申请绑定房屋（业主/家属/租户），等待物业审核',
    input: ZApplicant.extend({ roomId: ZId, role: ZMembershipRole }).strict(),
    output: ZMembershipView,
    roles: RESIDENT_ROLES,
  },
  mine: {
    summary: '我的房屋与认证状态',
    input: z.object({}).strict(),
    output: z.object({ currentRoomId: ZId.nullable(), memberships: z.array(ZMembershipView) }),
    roles: RESIDENT_ROLES,
  },
  switchRoom: {
    summary: '切换当前房屋（须已认证）',
    input: z.object({ roomId: ZId }).strict(),
    output: z.object({ currentRoomId: ZId }),
    roles: RESIDENT_ROLES,
  },
  cancel: {
    summary: '撤回待审核的申请',
    input: z.object({ membershipId: ZId }).strict(),
    output: ZMembershipView,
    roles: RESIDENT_ROLES,
  },
  queue: {
    summary: '管辖范围内的绑定申请（默认待审核）',
    input: ZPageQuery.extend({ within: ZId.optional(), status: ZMembershipStatus.default('pending') }).strict(),
    output: pageOf(ZApplicationRow),
    roles: MANAGERS,
  },
  decide: {
    summary: '审核绑定申请：通过或驳回（驳回须填写原因）',
    input: z
      .object({
        membershipId: ZId,
        decision: z.enum(['approve', 'reject']),
        reason: z.string().trim().max(200).optional(),
      })
      .strict()
      .refine((v) => v.decision === 'approve' || (v.reason?.length ?? 0) > 0, {
        message: '驳回时请填写原因',
        path: ['reason'],
      }),
    output: ZApplicationRow,
    roles: MANAGERS,
  },
  invite: {
    summary: '业主邀请家属或租户：生成分享链接',
    input: z
      .object({
        roomId: ZId,
        role: z.enum(['family', 'tenant']),
        expiresInHours: z.number().int().min(1).max(168).default(72),
      })
      .strict(),
    output: z.object({ token: z.string(), expiresAt: z.iso.datetime(), path: z.string() }),
    roles: ['owner'],
  },
  inviteInfo: {
    summary: '查看邀请内容（无需绑定）',
    input: z.object({ token: z.string().min(16).max(128) }).strict(),
    output: z.object({
      roomLabel: z.string(),
      role: ZMembershipRole,
      inviterName: z.string(),
      expiresAt: z.iso.datetime(),
      usable: z.boolean(),
      reason: z.string().nullable(),
    }),
    roles: ANYONE,
  },
  acceptInvite: {
    summary: '接受邀请，成为该房屋的家属/租户',
    input: z
      .object({ token: z.string().min(16).max(128), name: ZPersonName, phone: ZPhone, idNumber: ZIdNumber.optional() })
      .strict(),
    output: ZMembershipView,
    roles: RESIDENT_ROLES,
  },
  household: {
    summary: '房屋成员（业主查看本户家属与租户）',
    input: z.object({ roomId: ZId }).strict(),
    output: z.object({ roomLabel: z.string(), members: z.array(ZHouseholdMember) }),
    roles: ['owner'],
  },
  remove: {
    summary: '解除成员：业主移除本户家属/租户，或物业解除认证',
    input: z.object({ membershipId: ZId, reason: z.string().trim().max(200).optional() }).strict(),
    output: z.object({ removed: z.literal(true) }),
    roles: ['owner', ...MANAGERS],
  },
});
