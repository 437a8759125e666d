import { ERRORS, type ErrorBody } from '@linli/shared';
import type { z } from 'zod';
import { AppError } from '../errors';
import { StoreError } from '../ports/document-store';

/** Maps anything thrown to the envelope's error body. Only AppError's own words reach the caller. */
export function toErrorBody(error: unknown, requestId: string): ErrorBody {
  if (error instanceof AppError) {
    const body: ErrorBody = {
      code: error.code,
      message: error.hasMessage ? error.message : ERRORS[error.code].message,
      requestId,
    };
    if (error.issues) body.issues = error.issues;
    return body;
  }
  if (error instanceof StoreError) {
    if (error.kind === 'CONFLICT' || error.kind === 'DUPLICATE') {
      return { code: 'RESOURCE.CONFLICT', message: ERRORS['RESOURCE.CONFLICT'].message, requestId };
    }
    if (error.kind === 'UNAVAILABLE') return { code: 'UNAVAILABLE', message: ERRORS.UNAVAILABLE.message, requestId };
  }
  return { code: 'INTERNAL', message: ERRORS.INTERNAL.message, requestId };
}

export function validationError(error: z.ZodError): AppError {
  const issues = error.issues.slice(0, 20).map((issue) => ({
    path: issue.path.map(String).join('.') || '(root)',
    message: issue.message,
  }));
  return new AppError('VALIDATION.FAILED', { issues });
}
