import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { MANAGERS } from '../roles';
import { ZAccessLogRow, ZAccessMethod, ZAccessResult } from './access-log';
import { defineContract } from './define-contract';
import { DOOR_RESIDENT_ACTIONS } from './door-resident';

export const DEVICE_VENDORS = ['hikvision', 'dahua'] as const;
export const ZDeviceVendor = z.enum(DEVICE_VENDORS);

export const ZDeviceRow = z.object({
  deviceId: ZId,
  name: z.string(),
  vendor: ZDeviceVendor,
  placeLabel: z.string(),
  doors: z.array(z.object({ doorId: ZId, doorNo: z.number().int(), name: z.string() })),
  isOnline: z.boolean(),
  lastSeenAt: z.iso.datetime().nullable(),
  lastLatencyMs: z.number().nullable(),
  /** Why the last probe or command failed, in the device's words; null while it works. */
  lastProblem: z.string().nullable(),
});
export type DeviceRow = z.infer<typeof ZDeviceRow>;

/**
 * Addresses no door controller has, which the cloud must never be pointed at: link-local (cloud metadata services at
 * 169.254.x.x, fe80::) and the providers' metadata hostnames. Controllers sit on private networks (10.x, 192.168.x)
 * reached through the compound's VPN, so those stay allowed.
 */
function isCloudInternalUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^\[|\]$/g, '');
  } catch {
    return false; // not a URL at all: the format check says so
  }
  return /^169\.254\./.test(host) || /^fe[89ab][0-9a-f]:/.test(host) || /(^|\.)metadata\.|^metadata$/.test(host);
}

/** Door numbers per controller: community controllers drive 1 to 4 doors; 8 leaves room. */
export const MAX_DOORS_PER_DEVICE = 8;

/** What staff fill in to put a controller into service: where it is, how to reach it, and its doors. */
export const ZDeviceSettings = z.object({
  vendor: ZDeviceVendor,
  name: z.string().trim().min(1, '请填写设备名称').max(40),
  compoundId: ZId,
  /** The building whose unit doors it drives; absent for a compound's gate controller. */
  buildingId: ZId.optional(),
  /** How the cloud reaches the controller (its address behind the compound's router or VPN). */
  baseUrl: z
    .url({ protocol: /^https?$/, error: '请填写 http:// 或 https:// 开头的设备地址' })
    .max(200)
    .refine((url) => !isCloudInternalUrl(url), '这个地址不是门禁设备可用的地址'),
  username: z.string().trim().min(1, '请填写设备账号').max(64),
  doors: z
    .array(
      z
        .object({
          doorNo: z.number().int().min(1).max(MAX_DOORS_PER_DEVICE),
          name: z.string().trim().min(1, '请填写门的名称').max(20),
          /** A unit door's unit; absent for a gate. */
          unitId: ZId.optional(),
        })
        .strict(),
    )
    .min(1, '至少要有一扇门')
    .max(MAX_DOORS_PER_DEVICE)
    .refine((doors) => new Set(doors.map((door) => door.doorNo)).size === doors.length, '门号不能重复'),
});
export type DeviceSettings = z.infer<typeof ZDeviceSettings>;

/** Residents open their doors with one tap; staff put controllers into service and see every entry. */
export const doorContract = defineContract('door', {
  ...DOOR_RESIDENT_ACTIONS,
  devices: {
    summary: '管辖范围内的门禁设备及在线状态',
    input: z.object({ within: ZId.optional() }).strict(),
    output: z.object({ devices: z.array(ZDeviceRow) }),
    roles: [...MANAGERS, 'worker', 'grid'],
  },
  device: {
    summary: '一台门禁设备的登记信息（密码不回显）',
    input: z.object({ deviceId: ZId }).strict(),
    output: z.object({ device: ZDeviceSettings.extend({ deviceId: ZId, compoundLabel: z.string() }) }),
    roles: MANAGERS,
  },
  saveDevice: {
    summary: '登记或修改门禁设备：账号密码加密保存，保存后立即连一次设备',
    input: ZDeviceSettings.extend({
      /** Absent to register a new controller. */
      deviceId: ZId.optional(),
      /** Required for a new controller; absent on an edit keeps the stored one. */
      password: z
        .string()
        .min(1)
        .max(128)
        .refine((password) => password.trim() !== '', '密码不能全是空格')
        .optional(),
    })
      .strict()
      .superRefine((device, context) => {
        if (device.deviceId === undefined && device.password === undefined) {
          context.addIssue({ code: 'custom', message: '新设备必须填写密码', path: ['password'] });
        }
        device.doors.forEach((door, index) => {
          if (device.buildingId === undefined && door.unitId !== undefined) {
            const message = '小区大门的门不属于单元；单元门请先选择楼栋';
            context.addIssue({ code: 'custom', message, path: ['doors', index, 'unitId'] });
          }
        });
      }),
    output: z.object({ device: ZDeviceRow }),
    roles: MANAGERS,
  },
  removeDevice: {
    summary: '停用并删除门禁设备及其门（通行记录保留）',
    input: z.object({ deviceId: ZId }).strict(),
    output: z.object({ removed: z.literal(true) }),
    roles: MANAGERS,
  },
  accessLog: {
    summary: '通行记录，可按门、方式、结果、时间筛选',
    input: ZPageQuery.extend({
      within: ZId.optional(),
      doorId: ZId.optional(),
      method: ZAccessMethod.optional(),
      result: ZAccessResult.optional(),
      from: z.iso.datetime().optional(),
      to: z.iso.datetime().optional(),
    }).strict(),
    output: pageOf(ZAccessLogRow),
    roles: [...MANAGERS, 'grid'],
  },
});
