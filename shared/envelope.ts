import { z } from 'zod';
import { ERROR_CODES, type ErrorCode } from './errors';

/** A field-level problem in a rejected input, so a form can point at the field. */
export const ZFieldIssue = z.object({ path: z.string(), message: z.string() });
export type FieldIssue = z.infer<typeof ZFieldIssue>;

export const ZErrorBody = z.object({
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  requestId: z.string(),
  issues: z.array(ZFieldIssue).optional(),
});
export type ErrorBody = z.infer<typeof ZErrorBody>;

/** The one wire envelope every cloud function answers with. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export function envelopeOf<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: ZErrorBody }),
  ]);
}

/**
 * What a client sends: `{ action, data, token? }`. In WeChat the resident's identity comes from the invocation
 * context; `token` carries a staff, visitor or dev session where there is one.
 */
export const ZCallEvent = z.object({
  action: z.string().min(1).max(64),
  data: z.unknown().optional(),
  token: z.string().min(1).max(2048).optional(),
});
export type CallEvent = z.infer<typeof ZCallEvent>;
