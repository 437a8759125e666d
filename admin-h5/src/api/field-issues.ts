import { CallError } from '@linli/shared';

/**
 * A rejected input's field messages by field (`account` → 该账号已被使用), so a form shows each beside its field.
 * Nested paths keep their first segment: `roles.0` belongs to the roles field.
 */
export function fieldIssuesOf(error: unknown): Record<string, string> {
  const issues: Record<string, string> = {};
  if (!(error instanceof CallError)) return issues;
  for (const issue of error.issues ?? []) {
    const field = issue.path.split('.')[0] ?? '';
    issues[field] ??= issue.message;
  }
  return issues;
}

/** Whether a failure is the given code, for the few places that react to one (NOT_PENDING refreshes the queue). */
export function hasErrorCode(error: unknown, code: CallError['code']): boolean {
  return error instanceof CallError && error.code === code;
}
