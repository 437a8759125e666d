import { z } from 'zod';

/** Document ids and other opaque keys: short, URL-safe, never free text. */
export const ZId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, '编号格式不正确');

/** A page of a list: opaque cursor in, next cursor out. */
export const ZPageQuery = z.object({
  cursor: z.string().max(512).nullish(),
  limit: z.number().int().min(1).max(100).default(20),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
