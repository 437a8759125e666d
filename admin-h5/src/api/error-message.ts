import { CallError, ERRORS } from '@linli/shared';

/** The Chinese sentence to show for a failure; anything that is not a CallError is our own bug, not the user's. */
export function errorMessageOf(error: unknown): string {
  return error instanceof CallError ? error.message : ERRORS.INTERNAL.message;
}

/** The server's request id, worth quoting to support; locally raised errors have none worth showing. */
export function requestIdOf(error: unknown): string | null {
  return error instanceof CallError && error.requestId !== 'local' ? error.requestId : null;
}
