import type { FastifyInstance } from 'fastify';
import type { Logger } from '../core/ports/logger';
import type { LoadedFunction } from './bundles';
import { sendError, statusOfEnvelope } from './envelope-reply';

/** A controller's push carries its event JSON and usually a snapshot picture or two. */
export const HOOK_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * `POST /hooks/<fn>/<hook>`: webhooks from devices, handed to the function as CloudBase's HTTP access would — the
 * integration event with the raw body base64-encoded — so the same bundle serves both. The body is never parsed
 * here: only the function knows its devices' formats and how they authenticate.
 */
export function registerDeviceHooks(app: FastifyInstance, functions: readonly LoadedFunction[], log: Logger): void {
  const byName = new Map(functions.map((fn) => [fn.name, fn]));
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: HOOK_BODY_LIMIT }, (_request, body, done) =>
      done(null, body),
    );
    scope.post<{ Params: { fn: string; hook: string } }>('/hooks/:fn/:hook', async (request, reply) => {
      const fn = byName.get(request.params.fn);
      if (!fn) return sendError(reply, 'FN.NOT_FOUND', request.id);
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const event = {
        httpMethod: 'POST',
        path: `/hooks/${request.params.fn}/${request.params.hook}`,
        headers: Object.fromEntries(
          Object.entries(request.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
        ),
        queryStringParameters: Object.fromEntries(
          Object.entries(request.query as Record<string, unknown>).flatMap(([k, v]) =>
            typeof v === 'string' ? [[k, v]] : [],
          ),
        ),
        body: body.toString('base64'),
        isBase64Encoded: true,
      };
      const envelope = await fn.main(event, { request_id: request.id, source: 'http' });
      const status = statusOfEnvelope(envelope);
      if (status === null) {
        log.log('error', 'bundle answered outside the envelope', { fn: fn.name, requestId: request.id });
        return sendError(reply, 'INTERNAL', request.id);
      }
      return reply.code(status).send(envelope);
    });
  });
}
