import type { staffContract } from '@linli/shared';
import { scopeSelector } from '@linli/shared';
import { AppError } from '../../errors';
import type { Route } from '../../handler/define-handler';
import type { Filter, OrderBy } from '../../ports/document-store';
import { StoreError } from '../../ports/document-store';
import { STAFF, type StaffDoc } from './collections';
import { loadStaffProfiles } from './to-staff-profile';

/** Accounts are lower-case ASCII; anything else typed into the search box can only be the start of a name. */
const ACCOUNT_PREFIX = /^[a-z0-9_.-]+$/;
/** Sorts after every character in UTF-8 byte order (how both stores compare strings). */
const PREFIX_END = '\u{10FFFF}';

/** Staff within the admin's scope, by account, optionally narrowed to an account or name prefix. */
export const listStaff: Route<typeof staffContract, 'list'> = async (deps, caller, input) => {
  const filter: Filter = {};
  const selector = scopeSelector(caller.scope ?? []);
  if (selector) filter[selector.field] = selector.id;
  let orderBy: OrderBy = [['account', 'asc']];
  if (input.q) {
    const account = input.q.toLowerCase();
    const field = ACCOUNT_PREFIX.test(account) ? 'account' : 'name';
    const prefix = field === 'account' ? account : input.q;
    filter[field] = { gte: prefix, lt: `${prefix}${PREFIX_END}` };
    orderBy = [[field, 'asc']];
  }
  const page = await deps.store
    .collection<StaffDoc>(STAFF)
    .find(filter, { orderBy, limit: input.limit, cursor: input.cursor ?? null })
    .catch((error: unknown) => {
      // A cursor from another search (or a tampered one) is the caller's mistake, not a server fault.
      if (error instanceof StoreError && error.kind === 'INVALID' && input.cursor) {
        throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'cursor', message: '分页已失效，请刷新列表' }] });
      }
      throw error;
    });
  return { items: await loadStaffProfiles(deps, page.items), nextCursor: page.nextCursor };
};
