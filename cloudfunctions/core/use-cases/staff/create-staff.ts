import type { staffContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { hashPassword } from '../../identity/passwords';
import { StoreError } from '../../ports/document-store';
import { STAFF, type StaffDoc } from './collections';
import { assertRolesFitScope, assertScopeGrantable, resolveScope, scopeFieldsOf } from './staff-scope';
import { loadStaffProfile } from './to-staff-profile';

const accountTaken = () =>
  new AppError('STAFF.ACCOUNT_TAKEN', { issues: [{ path: 'account', message: '该账号已被使用' }] });

/** A new staff account within the admin's own scope; the unique account index settles races between admins. */
export const createStaff: Route<typeof staffContract, 'create'> = async (deps, caller, input) => {
  const roles = [...new Set(input.roles)];
  const scope = await resolveScope(deps, input.scopePlaceId);
  assertRolesFitScope(roles, scope.place);
  assertScopeGrantable(caller, scope.path);

  // Checked before hashing so a taken account costs no hash; the unique index still settles a race.
  const staff = deps.store.collection<StaffDoc>(STAFF);
  if ((await staff.count({ account: input.account })) > 0) throw accountTaken();

  const now = deps.clock.now().toISOString();
  const doc: StaffDoc = {
    _id: deps.ids.next(),
    account: input.account,
    name: input.name,
    phone: input.phone,
    roles,
    scopePath: scope.path,
    ...scopeFieldsOf(scope.path),
    passwordHash: await hashPassword(input.password),
    failedLogins: 0,
    lockedUntil: null,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await staff.insert(doc);
  } catch (error) {
    throw error instanceof StoreError && error.kind === 'DUPLICATE' ? accountTaken() : error;
  }
  return loadStaffProfile(deps, doc);
};
