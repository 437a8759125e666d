import type { FastifyInstance } from 'fastify';
import type { Logger } from '../core/ports/logger';
import type { LoadedFunction } from './bundles';
import { sendError, statusOfEnvelope } from './envelope-reply';

/**
 * `POST /api/fn/<name>`: the HTTP face of `callFunction`. The body is the event (`{action, data?, token?}`), handed
 * untouched to the bundle's `main` (which parses it), and the envelope comes back with the status its code maps to.
 */
export function registerGateway(app: FastifyInstance, functions: readonly LoadedFunction[], log: Logger): void {
  const byName = new Map(functions.map((fn) => [fn.name, fn]));

  app.post<{ Params: { name: string } }>('/api/fn/:name', async (request, reply) => {
    const fn = byName.get(request.params.name);
    if (!fn) return sendError(reply, 'FN.NOT_FOUND', request.id);
    const envelope = await fn.main(request.body, { request_id: request.id, source: 'http' });
    const status = statusOfEnvelope(envelope);
    if (status === null) {
      log.log('error', 'bundle answered outside the envelope', { fn: fn.name, requestId: request.id });
      return sendError(reply, 'INTERNAL', request.id);
    }
    return reply.code(status).send(envelope);
  });
}
