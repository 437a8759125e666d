import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { STAFF, type StaffDoc } from './collections';
import { assertStaffWithin } from './staff-scope';

/** The staff member an admin means to change: it must exist and lie within the admin's scope. */
export async function findManagedStaff(deps: Pick<Deps, 'store'>, caller: Caller, staffId: string): Promise<StaffDoc> {
  const doc = await deps.store.collection<StaffDoc>(STAFF).get(staffId);
  if (!doc) throw new AppError('RESOURCE.NOT_FOUND', { message: '该工作人员不存在' });
  assertStaffWithin(caller, doc.scopePath);
  return doc;
}
