import { type OutputOf, type ParsedInputOf, type residentsContract, scopeSelector } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { MEMBERSHIPS, type MembershipDoc, RESIDENTS, type ResidentDoc } from '../membership/collections';
import { staffScopeOf } from '../places/staff-scope';
import { ACCESS_LOG, type AccessLogDoc } from '../staff/collections';

type Reveal = typeof residentsContract;

/**
 * A resident's full ID number, for a manager whose scope holds at least one of the resident's memberships (platform
 * admins: anyone). The access is logged — who, whom, why, when — before the number is answered: if the log cannot
 * be written, nothing is revealed.
 */
export async function revealIdNumber(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Reveal, 'revealIdNumber'>,
): Promise<OutputOf<Reveal, 'revealIdNumber'>> {
  const scope = staffScopeOf(caller);
  const resident = await deps.store.collection<ResidentDoc>(RESIDENTS).get(input.residentId);
  if (!resident) throw new AppError('RESOURCE.NOT_FOUND', { message: '居民不存在' });
  const selector = scopeSelector(scope);
  if (selector) {
    const filter: Filter = { residentId: resident._id, [selector.field]: selector.id };
    const inScope = await deps.store.collection<MembershipDoc>(MEMBERSHIPS).find(filter, { limit: 1 });
    if (inScope.items.length === 0) throw new AppError('AUTH.OUT_OF_SCOPE', { message: '该居民不在您的管辖范围内' });
  }
  if (!resident.idCipher) throw new AppError('RESOURCE.NOT_FOUND', { message: '该居民未登记身份证号' });
  const idNumber = deps.idCipher.decrypt(resident.idCipher);
  const entry: AccessLogDoc = {
    _id: deps.ids.next(),
    staffId: caller.id ?? '',
    residentId: resident._id,
    field: 'idNumber',
    reason: input.reason,
    at: deps.clock.now().toISOString(),
  };
  await deps.store.collection<AccessLogDoc>(ACCESS_LOG).insert(entry);
  return { idNumber };
}
