import type { Role, StaffRole } from '@linli/shared';

/**
 * Whether a staff member holding `roles` may use something open to `allowed`. The lists come from the contracts
 * (`membershipContract.actions.queue.roles`), the same ones the server enforces, so the console never offers what
 * would be refused.
 */
export function canUse(roles: readonly StaffRole[], allowed: readonly Role[] | undefined): boolean {
  if (allowed === undefined) return true;
  return roles.some((role) => allowed.includes(role));
}
