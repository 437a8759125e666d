import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Logger } from '../core/ports/logger';
import { sendError } from './envelope-reply';

/** An event is a few KB; this leaves room for a photo's metadata without inviting abuse. */
export const BODY_LIMIT = 1024 * 1024;

const COMMON_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Visitor links carry their token in the path: never leak it to another site through Referer.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
} as const;

const API_HEADERS = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
} as const;

/**
 * The web builds load only their own scripts, plus the inline ones their index.html carries (allowed by hash);
 * styles may be inline (Taro and React set style attributes).
 */
function pageCsp(inlineScriptHashes: readonly string[]): string {
  const scripts = ["'self'", ...inlineScriptHashes].join(' ');
  return (
    `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; ` +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'"
  );
}

/**
 * The fastify instance with everything that is not a route: request ids, security headers, and an error handler
 * that turns every failure (bad JSON, wrong content type, oversized body, a bug) into the envelope, with no stack.
 */
export function createHttpServer(log: Logger, inlineScriptHashes: readonly string[] = []): FastifyInstance {
  const pageHeaders = { 'content-security-policy': pageCsp(inlineScriptHashes) };
  const app = Fastify({
    logger: false,
    bodyLimit: BODY_LIMIT,
    genReqId: () => randomUUID(),
    // Requests already in flight when shutdown starts finish normally; the bundles are disposed only afterwards.
    return503OnClosing: false,
  });

  // Only JSON events: a text/plain body would otherwise reach the handler as a string.
  app.removeContentTypeParser('text/plain');

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(COMMON_HEADERS);
    reply.header('x-request-id', request.id);
    reply.headers(request.url.startsWith('/api/') ? API_HEADERS : pageHeaders);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = status === 413 ? '请求内容过大' : undefined;
      return sendError(reply, 'REQUEST.MALFORMED', request.id, message);
    }
    log.log('error', 'gateway error', {
      requestId: request.id,
      url: request.url,
      error: `${error.name}: ${error.message}`,
    });
    return sendError(reply, 'INTERNAL', request.id);
  });

  return app;
}
