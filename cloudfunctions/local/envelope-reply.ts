import { type Envelope, ERRORS, type ErrorCode, isErrorCode, statusOf } from '@linli/shared';
import type { FastifyReply } from 'fastify';

/** Answers with the one wire envelope, so nothing under /api ever shows fastify's own error bodies. */
export function sendError(reply: FastifyReply, code: ErrorCode, requestId: string, message?: string): FastifyReply {
  const envelope: Envelope<never> = { ok: false, error: { code, message: message ?? ERRORS[code].message, requestId } };
  return reply.code(statusOf(code)).type('application/json; charset=utf-8').send(envelope);
}

/**
 * A bundle's answer, checked for the envelope's shape (not re-validated in full: the handler already did that and
 * the gateway should stay cheap). Anything else is a broken bundle.
 */
export function statusOfEnvelope(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return null;
  if (value.ok === true) return 200;
  if (value.ok !== false || !('error' in value)) return null;
  const { error } = value;
  if (typeof error !== 'object' || error === null || !('code' in error) || !isErrorCode(error.code)) return null;
  return statusOf(error.code);
}
