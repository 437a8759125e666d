import type { FieldIssue } from '@linli/shared';
import { ANCESTOR_FIELDS, type staffContract } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import { STAFF, type StaffDoc } from './collections';
import { findManagedStaff } from './find-managed-staff';
import { revokeStaffSessions } from './revoke-staff-sessions';
import {
  assertRolesFitScope,
  assertScopeGrantable,
  type ResolvedScope,
  resolveScope,
  scopeFieldsOf,
} from './staff-scope';
import { loadStaffProfile } from './to-staff-profile';

const ALL_SCOPE_FIELDS = Object.values(ANCESTOR_FIELDS);

/**
 * Changes a staff member in the admin's scope. Roles and scope are re-checked together (a new role must fit the
 * scope it will have); disabling ends their sessions. The write is conditional on the doc being unchanged.
 */
export const updateStaff: Route<typeof staffContract, 'update'> = async (deps, caller, input) => {
  const doc = await findManagedStaff(deps, caller, input.staffId);
  assertNotLockingSelfOut(caller.id, doc, input);

  const roles = input.roles ? [...new Set(input.roles)] : doc.roles;
  const scopeChanged = input.scopePlaceId !== undefined;
  let scope: ResolvedScope | null = null;
  if (scopeChanged || input.roles) {
    const placeId = scopeChanged ? (input.scopePlaceId ?? null) : (doc.scopePath[doc.scopePath.length - 1] ?? null);
    scope = await resolveScope(deps, placeId);
    assertRolesFitScope(roles, scope.place);
    assertScopeGrantable(caller, scope.path);
  }

  const now = deps.clock.now().toISOString();
  const set: Record<string, unknown> = { roles, updatedAt: now };
  if (input.name !== undefined) set.name = input.name;
  if (input.phone !== undefined) set.phone = input.phone;
  if (input.disabled !== undefined) set.disabled = input.disabled;
  let unset: string[] = [];
  if (scopeChanged && scope) {
    const fields = scopeFieldsOf(scope.path);
    Object.assign(set, { scopePath: scope.path }, fields);
    unset = ALL_SCOPE_FIELDS.filter((field) => !(field in fields));
  }
  const changed = await deps.store
    .collection<StaffDoc>(STAFF)
    .update({ _id: doc._id, updatedAt: doc.updatedAt }, unset.length > 0 ? { set, unset } : { set });
  if (changed === 0) throw new AppError('RESOURCE.CONFLICT');
  if (input.disabled === true) await revokeStaffSessions(deps, doc._id);

  const updated = await deps.store.collection<StaffDoc>(STAFF).get(doc._id);
  if (!updated) throw new AppError('RESOURCE.NOT_FOUND', { message: '该工作人员不存在' });
  return loadStaffProfile(deps, updated);
};

/** An admin who disables themselves or drops their own admin role could leave the scope with no admin at all. */
function assertNotLockingSelfOut(
  callerId: string | null,
  doc: StaffDoc,
  input: { disabled?: boolean | undefined; roles?: readonly string[] | undefined },
): void {
  if (doc._id !== callerId) return;
  const issues: FieldIssue[] = [];
  if (input.disabled === true) issues.push({ path: 'disabled', message: '不能停用自己的账号' });
  if (input.roles && !input.roles.includes('admin'))
    issues.push({ path: 'roles', message: '不能取消自己的管理员角色' });
  if (issues.length > 0) throw new AppError('VALIDATION.FAILED', { issues });
}
