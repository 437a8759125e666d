import { z } from 'zod';
import { ZMembershipView } from '../domain/people';
import { ZNewPassword, ZStaffProfile } from '../domain/staff';
import { ALL_STAFF, ANYONE, RESIDENT_ROLES } from '../roles';
import { defineContract } from './define-contract';

/** Who am I, and staff sign-in. Residents need no sign-in in WeChat: their OPENID comes with every call. */
export const authContract = defineContract('auth', {
  staffLogin: {
    summary: '工作人员账号密码登录，返回会话令牌',
    input: z.object({ account: z.string().trim().min(1).max(32), password: z.string().min(1).max(128) }).strict(),
    output: z.object({ token: z.string(), expiresAt: z.iso.datetime(), staff: ZStaffProfile }),
    roles: ANYONE,
  },
  logout: {
    summary: '注销当前工作人员会话',
    input: z.object({}).strict(),
    output: z.object({ loggedOut: z.literal(true) }),
    roles: ALL_STAFF,
  },
  changePassword: {
    summary: '工作人员修改自己的密码（其他会话随之失效）',
    input: z.object({ oldPassword: z.string().min(1).max(128), newPassword: ZNewPassword }).strict(),
    output: z.object({ changed: z.literal(true) }),
    roles: ALL_STAFF,
  },
  me: {
    summary: '当前身份：居民的房屋与认证状态，或工作人员的资料与管辖范围',
    input: z.object({}).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({
        kind: z.literal('resident'),
        name: z.string().nullable(),
        currentRoomId: z.string().nullable(),
        memberships: z.array(ZMembershipView),
      }),
      z.object({ kind: z.literal('staff'), staff: ZStaffProfile }),
    ]),
    roles: [...RESIDENT_ROLES, ...ALL_STAFF],
  },
});
