import type { ErrorCode, FieldIssue } from '@linli/shared';

/** A failure a use case means to report to the caller; anything else becomes INTERNAL. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;

  constructor(code: ErrorCode, options: { message?: string; issues?: FieldIssue[]; cause?: unknown } = {}) {
    super(options.message ?? code, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues;
    this.hasMessage = options.message !== undefined;
  }

  /** Whether `message` was written for the user; otherwise the code's standard message is shown. */
  readonly hasMessage: boolean;
}
