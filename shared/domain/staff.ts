import { z } from 'zod';
import { STAFF_ROLES, type StaffRole } from '../roles';
import { ZId } from './ids';
import { ZPersonName, ZPhone } from './people';

export const ZStaffRole = z.enum(STAFF_ROLES);
export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  admin: '平台管理员',
  street: '街道',
  community: '社区',
  property: '物业',
  worker: '维修人员',
  grid: '网格员',
};

export const ZAccount = z
  .string()
  .trim()
  .min(3, '账号至少3位')
  .max(32, '账号最多32位')
  .regex(/^[a-z][a-z0-9_.-]*$/, '账号以小写字母开头，只含小写字母、数字和 _ . -');

/** At least 8 characters with letters and digits; long passphrases welcome. */
export const ZNewPassword = z
  .string()
  .min(8, '密码至少8位')
  .max(128, '密码过长')
  .refine((p) => /[A-Za-z]/.test(p) && /\d/.test(p), '密码需同时包含字母和数字');

export const ZStaffProfile = z.object({
  _id: ZId,
  account: z.string(),
  name: z.string(),
  phone: z.string(),
  roles: z.array(ZStaffRole).min(1),
  /** The hierarchy node the staff member may see; null = the whole platform. */
  scope: z.object({ placeId: ZId, label: z.string(), path: z.array(ZId) }).nullable(),
  disabled: z.boolean(),
});
export type StaffProfile = z.infer<typeof ZStaffProfile>;

export const ZStaffDraft = z.object({
  account: ZAccount,
  name: ZPersonName,
  phone: ZPhone,
  roles: z.array(ZStaffRole).min(1).max(3),
  scopePlaceId: ZId.nullable(),
});
