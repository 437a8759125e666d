import type { staffContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { hashPassword } from '../../identity/passwords';
import { STAFF, type StaffDoc } from './collections';
import { findManagedStaff } from './find-managed-staff';
import { revokeStaffSessions } from './revoke-staff-sessions';

/** An admin sets a new password for someone in their scope; it also lifts a lockout and ends their sessions. */
export const resetStaffPassword: Route<typeof staffContract, 'resetPassword'> = async (deps, caller, input) => {
  if (input.staffId === caller.id) {
    // Resetting would end the admin's own session; changing it (with the old password) keeps this one.
    throw new AppError('VALIDATION.FAILED', {
      issues: [{ path: 'staffId', message: '请通过“修改密码”更改自己的密码' }],
    });
  }
  const doc = await findManagedStaff(deps, caller, input.staffId);
  const passwordHash = await hashPassword(input.password);
  const changed = await deps.store
    .collection<StaffDoc>(STAFF)
    .update(
      { _id: doc._id },
      { set: { passwordHash, failedLogins: 0, lockedUntil: null, updatedAt: deps.clock.now().toISOString() } },
    );
  if (changed === 0) throw new AppError('RESOURCE.NOT_FOUND', { message: '该工作人员不存在' });
  await revokeStaffSessions(deps, doc._id);
  return { reset: true };
};
