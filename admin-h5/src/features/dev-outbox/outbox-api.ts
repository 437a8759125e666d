import { CallError, ERRORS, type ErrorCode, ZErrorBody } from '@linli/shared';
import { z } from 'zod';

/**
 * `GET /api/dev/outbox`: what the local cloud's notifier "sent". A dev route of the local cloud, not a cloud
 * function, so it has no contract: it answers `{items}` bare (errors still come as the envelope), and outside the
 * local cloud in dev mode it does not exist at all.
 */
export const OUTBOX_URL = '/api/dev/outbox';

/** The route takes 1–200 and gives 50 when asked for nothing. */
export const OUTBOX_LIMITS = [20, 50, 100, 200] as const;
export const DEFAULT_OUTBOX_LIMIT = 50;

/** The route's own check of `openid`: anything else is answered 400. */
export const OUTBOX_OPENID = /^[A-Za-z0-9_-]{3,64}$/;

export const ZOutboxEntry = z.object({
  _id: z.string(),
  topic: z.string(),
  openid: z.string(),
  title: z.string(),
  fields: z.record(z.string(), z.string()),
  page: z.string().nullable().default(null),
  subjectKind: z.string().nullable().default(null),
  subjectId: z.string().nullable().default(null),
  // A string, not the notifier's four values: a status added later is shown by name rather than breaking the page.
  status: z.string(),
  detail: z.string().nullable().default(null),
  createdAt: z.iso.datetime(),
});
export type OutboxEntry = z.infer<typeof ZOutboxEntry>;

const ZOutboxAnswer = z.object({ items: z.array(ZOutboxEntry) });

export interface OutboxQuery {
  limit: number;
  openid: string | null;
}

export type OutboxResult =
  | { isAvailable: true; items: OutboxEntry[]; fetchedAt: string }
  /** The route answered 404: this is not the local cloud in dev mode. */
  | { isAvailable: false };

export type OutboxFetch = (url: string, init: RequestInit) => Promise<{ status: number; json(): Promise<unknown> }>;

const TIMEOUT_MS = 15_000;

function localError(code: ErrorCode): CallError {
  return new CallError({ code, message: ERRORS[code].message, requestId: 'local' });
}

/** The query string the route reads; `limit` always, so the page shows the count it asked for. */
export function outboxUrlOf(query: OutboxQuery): string {
  const params = new URLSearchParams({ limit: String(query.limit) });
  if (query.openid) params.set('openid', query.openid);
  return `${OUTBOX_URL}?${params.toString()}`;
}

/**
 * Reads the outbox, newest first as the route orders it. A 404 is an answer (not available here), not a failure;
 * other failures are CallErrors with Chinese messages like a function call's: the envelope's own when there is
 * one, UNAVAILABLE when the service could not be reached or answered with a proxy's page.
 */
export async function loadOutbox(
  query: OutboxQuery,
  send: OutboxFetch = (url, init) => globalThis.fetch(url, init),
): Promise<OutboxResult> {
  let response: Awaited<ReturnType<OutboxFetch>>;
  try {
    response = await send(outboxUrlOf(query), {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    throw localError('UNAVAILABLE');
  }
  if (response.status === 404) return { isAvailable: false };
  const body: unknown = await response.json().catch(() => undefined);
  if (response.status >= 200 && response.status < 300) {
    const answer = ZOutboxAnswer.safeParse(body);
    if (!answer.success) throw localError('INTERNAL');
    return { isAvailable: true, items: answer.data.items, fetchedAt: new Date().toISOString() };
  }
  const error = z.object({ ok: z.literal(false), error: ZErrorBody }).safeParse(body);
  throw error.success ? new CallError(error.data.error) : localError('UNAVAILABLE');
}
