import { z } from 'zod';
import { pageOf, ZId, ZPageQuery } from '../domain/ids';
import { MANAGERS } from '../roles';
import { defineContract } from './define-contract';

export const ACCESS_METHODS = ['app', 'visitor', 'face', 'card', 'password', 'other'] as const;
export const ZAccessMethod = z.enum(ACCESS_METHODS);
export const ACCESS_RESULTS = ['opened', 'offline', 'timeout', 'rejected', 'denied'] as const;
export const ZAccessResult = z.enum(ACCESS_RESULTS);
export type AccessMethod = z.infer<typeof ZAccessMethod>;
export type AccessResult = z.infer<typeof ZAccessResult>;

export const ZDoorView = z.object({
  doorId: ZId,
  name: z.string(),
  /** 小区 gate or a unit door, for grouping and icons. */
  kind: z.enum(['gate', 'unit']),
  placeLabel: z.string(),
  /** How often this resident opened it lately: the page puts the most used first. */
  uses: z.number().int().nonnegative(),
});
export type DoorView = z.infer<typeof ZDoorView>;

export const ZDeviceRow = z.object({
  deviceId: ZId,
  name: z.string(),
  vendor: z.enum(['hikvision', 'dahua']),
  placeLabel: z.string(),
  doors: z.array(z.object({ doorId: ZId, doorNo: z.number().int(), name: z.string() })),
  isOnline: z.boolean(),
  lastSeenAt: z.iso.datetime().nullable(),
  lastLatencyMs: z.number().nullable(),
});

export const ZAccessLogRow = z.object({
  _id: ZId,
  at: z.iso.datetime(),
  doorId: ZId,
  doorName: z.string(),
  placeLabel: z.string(),
  method: ZAccessMethod,
  result: ZAccessResult,
  /** Who: a masked resident name, a visitor pass's visitor, or the device's own person id. */
  who: z.string(),
  latencyMs: z.number().nullable(),
});

/** Residents open their doors with one tap; staff see devices and every entry. */
export const doorContract = defineContract('door', {
  doors: {
    summary: '我可以开的门（小区大门与本楼单元门），常用的在前',
    input: z.object({}).strict(),
    output: z.object({ doors: z.array(ZDoorView) }),
    roles: ['owner', 'family', 'tenant'],
  },
  open: {
    summary: '一键开门：设备确认后才回答“已开门”',
    input: z.object({ doorId: ZId }).strict(),
    output: z.object({ doorId: ZId, openedAt: z.iso.datetime(), latencyMs: z.number() }),
    roles: ['owner', 'family', 'tenant'],
  },
  devices: {
    summary: '管辖范围内的门禁设备及在线状态',
    input: z.object({ within: ZId.optional() }).strict(),
    output: z.object({ devices: z.array(ZDeviceRow) }),
    roles: [...MANAGERS, 'worker', 'grid'],
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
