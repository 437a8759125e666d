import { CallError, type ErrorCode } from '@linli/shared';

/** What a screen needs of a failed call: the Chinese message, the code to branch on, field problems for forms. */
export interface Failure {
  code: ErrorCode | 'LOCAL';
  message: string;
  issues: { path: string; message: string }[];
}

const FALLBACK = '服务暂时不可用，请稍后再试';

export function failureOf(error: unknown): Failure {
  if (error instanceof CallError) return { code: error.code, message: error.message, issues: error.issues ?? [] };
  return { code: 'LOCAL', message: FALLBACK, issues: [] };
}

export function isUnauthenticated(failure: Failure | null): boolean {
  return failure?.code === 'AUTH.UNAUTHENTICATED';
}
