import { z } from 'zod';
import { ZId } from '../domain/ids';

/**
 * The access log's rows, which the door function (every entry) and the visitor function (visitors' entries) both
 * list. Kept apart from the door contract so a client of the visitor function carries no door-staff schemas.
 */
export const ACCESS_METHODS = ['app', 'visitor', 'face', 'card', 'password', 'other'] as const;
export const ZAccessMethod = z.enum(ACCESS_METHODS);
export const ACCESS_RESULTS = ['opened', 'offline', 'timeout', 'rejected', 'denied'] as const;
export const ZAccessResult = z.enum(ACCESS_RESULTS);
export type AccessMethod = z.infer<typeof ZAccessMethod>;
export type AccessResult = z.infer<typeof ZAccessResult>;

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
