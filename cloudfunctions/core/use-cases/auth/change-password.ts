import type { authContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { hashPassword, verifyPassword } from '../../identity/passwords';
import { STAFF, type StaffDoc } from '../staff/collections';
import { revokeStaffSessions } from '../staff/revoke-staff-sessions';

/**
 * A staff member changes their own password, proving the old one. Every other session ends (a stolen token stops
 * working); the one making the change stays signed in.
 */
export const changePassword: Route<typeof authContract, 'changePassword'> = async (deps, caller, input) => {
  if (caller.kind !== 'staff' || !caller.id) throw new AppError('AUTH.UNAUTHENTICATED');
  const staff = deps.store.collection<StaffDoc>(STAFF);
  const doc = await staff.get(caller.id);
  if (!doc) throw new AppError('AUTH.UNAUTHENTICATED');
  if (!(await verifyPassword(doc.passwordHash, input.oldPassword))) {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'oldPassword', message: '原密码不正确' }] });
  }
  if (input.newPassword === input.oldPassword) {
    throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'newPassword', message: '新密码不能与原密码相同' }] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  // Conditional on the hash we verified against: a concurrent reset by an admin wins rather than being overwritten.
  const changed = await staff.update(
    { _id: doc._id, passwordHash: doc.passwordHash },
    { set: { passwordHash, updatedAt: deps.clock.now().toISOString() } },
  );
  if (changed === 0) throw new AppError('RESOURCE.CONFLICT', { message: '密码刚被修改过，请重新登录后再试' });
  await revokeStaffSessions(deps, doc._id, caller.sessionId ? { except: caller.sessionId } : {});
  return { changed: true };
};
