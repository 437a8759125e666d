import { z } from 'zod';
import { isValidIdNumber, normalizeIdNumber } from '../rules/id-number';
import { ZId } from './ids';

export const ZPersonName = z
  .string()
  .trim()
  .min(1, '请填写姓名')
  .max(20, '姓名过长')
  .regex(/^[\p{Script=Han}A-Za-z·• ]+$/u, '姓名只能包含中文或字母');

export const ZPhone = z
  .string()
  .trim()
  .regex(/^1[3-9]\d{9}$/, '请输入正确的手机号');

export const ZIdNumber = z
  .string()
  .trim()
  .max(18, '身份证号码为18位')
  .transform(normalizeIdNumber)
  .refine(isValidIdNumber, '身份证号码不正确');

export const MEMBERSHIP_ROLES = ['owner', 'family', 'tenant'] as const;
export const ZMembershipRole = z.enum(MEMBERSHIP_ROLES);
export type MembershipRole = z.infer<typeof ZMembershipRole>;
export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = { owner: '业主', family: '家属', tenant: '租户' };

export const MEMBERSHIP_STATUSES = ['pending', 'approved', 'rejected', 'revoked'] as const;
export const ZMembershipStatus = z.enum(MEMBERSHIP_STATUSES);
export type MembershipStatus = z.infer<typeof ZMembershipStatus>;
export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  pending: '待审核',
  approved: '已认证',
  rejected: '未通过',
  revoked: '已解除',
};

/** A resident's own view of one of their memberships. */
export const ZMembershipView = z.object({
  _id: ZId,
  roomId: ZId,
  roomLabel: z.string(),
  compoundId: ZId,
  role: ZMembershipRole,
  status: ZMembershipStatus,
  reason: z.string().nullable(),
  appliedAt: z.iso.datetime(),
  decidedAt: z.iso.datetime().nullable(),
  isCurrent: z.boolean(),
});
export type MembershipView = z.infer<typeof ZMembershipView>;

/** An application as staff see it in the approval queue: personal data masked unless their role needs it. */
export const ZApplicationRow = z.object({
  _id: ZId,
  roomId: ZId,
  roomLabel: z.string(),
  role: ZMembershipRole,
  status: ZMembershipStatus,
  name: z.string(),
  phone: z.string(),
  idNumberMasked: z.string().nullable(),
  appliedAt: z.iso.datetime(),
  reason: z.string().nullable(),
});
export type ApplicationRow = z.infer<typeof ZApplicationRow>;

export const ZHouseholdMember = z.object({
  membershipId: ZId,
  name: z.string(),
  phone: z.string(),
  role: ZMembershipRole,
  status: ZMembershipStatus,
  isMe: z.boolean(),
});
export type HouseholdMember = z.infer<typeof ZHouseholdMember>;

export const ZResidentRow = z.object({
  _id: ZId,
  name: z.string(),
  phone: z.string(),
  idNumberMasked: z.string().nullable(),
  rooms: z.array(z.object({ roomId: ZId, label: z.string(), role: ZMembershipRole, status: ZMembershipStatus })),
});
export type ResidentRow = z.infer<typeof ZResidentRow>;
