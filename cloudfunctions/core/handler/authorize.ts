import type { Role } from '@linli/shared';
import { AppError } from '../errors';
import type { Caller } from '../ports/identity';

/** The contract's role check. Scope (which community a staff member may see) is checked by the use case. */
export function authorize(allowed: readonly Role[], caller: Caller): void {
  if (caller.roles.some((role) => allowed.includes(role))) return;
  if (caller.kind === 'anonymous') throw new AppError('AUTH.UNAUTHENTICATED');
  throw new AppError('AUTH.FORBIDDEN');
}
