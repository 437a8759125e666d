import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { ZPersonName, ZPhone } from '../domain/people';
import { ZNewPassword, ZStaffDraft, ZStaffProfile, ZStaffRole } from '../domain/staff';
import { defineContract } from './define-contract';

/** Staff accounts, managed by admins within their own scope. */
export const staffContract = defineContract('staff', {
  list: {
    summary: '工作人员账号列表',
    input: ZPageQuery.extend({ q: z.string().trim().max(30).optional() }).strict(),
    output: pageOf(ZStaffProfile),
    roles: ['admin'],
  },
  create: {
    summary: '新建工作人员账号（管辖范围须在自己范围内）',
    input: ZStaffDraft.extend({ password: ZNewPassword }).strict(),
    output: ZStaffProfile,
    roles: ['admin'],
  },
  update: {
    summary: '修改工作人员资料、角色、范围或停用',
    input: z
      .object({
        staffId: ZId,
        name: ZPersonName.optional(),
        phone: ZPhone.optional(),
        roles: z.array(ZStaffRole).min(1).max(3).optional(),
        scopePlaceId: ZId.nullable().optional(),
        disabled: z.boolean().optional(),
      })
      .strict(),
    output: ZStaffProfile,
    roles: ['admin'],
  },
  resetPassword: {
    summary: '重置工作人员密码（其会话随之失效）',
    input: z.object({ staffId: ZId, password: ZNewPassword }).strict(),
    output: z.object({ reset: z.literal(true) }),
    roles: ['admin'],
  },
});
