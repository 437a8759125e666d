import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { OUTBOX, type OutboxDoc } from '../core/adapters/notify/collections';
import type { DocumentStore } from '../core/ports/document-store';
import { sendError } from './envelope-reply';

const ZOutboxQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  openid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{3,64}$/)
    .optional(),
});

/**
 * `GET /api/dev/outbox[?limit=50&openid=…]`: the notifications the local cloud "sent" (what WeChat would have
 * delivered, and what it would have refused), newest first. Registered only in dev mode and only by the local
 * cloud, like the dev login: no deployable bundle carries it.
 */
export function registerDevOutbox(app: FastifyInstance, store: DocumentStore): void {
  app.get('/api/dev/outbox', async (request, reply) => {
    const query = ZOutboxQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 'VALIDATION.FAILED', request.id, 'limit 应为 1–200 的整数');
    const { limit, openid } = query.data;
    const page = await store.collection<OutboxDoc>(OUTBOX).find(openid ? { openid } : {}, {
      orderBy: [
        ['createdAt', 'desc'],
        ['_id', 'desc'],
      ],
      limit,
    });
    return { items: page.items };
  });
}
