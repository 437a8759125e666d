import {
  ANCESTOR_FIELDS,
  isWithinScope,
  type membershipContract,
  type OutputOf,
  type ParsedInputOf,
  scopeSelector,
} from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { type Filter, StoreError } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from '../places/collections';
import { toApplicationRow } from './application-row';
import { staffScopeOf } from './caller-resident';
import { MEMBERSHIPS, type MembershipDoc } from './collections';

type Queue = typeof membershipContract;

/**
 * The approval queue: memberships in one status within the caller's scope, optionally narrowed to a place inside
 * it, oldest application first so nobody waits behind later arrivals.
 */
export async function listApplications(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Queue, 'queue'>,
): Promise<OutputOf<Queue, 'queue'>> {
  const scope = staffScopeOf(caller);
  const filter: Filter = { status: input.status };
  const selector = scopeSelector(scope);
  if (selector) filter[selector.field] = selector.id;
  if (input.within) {
    const place = await deps.store.collection<PlaceDoc>(PLACES).get(input.within);
    if (!place) throw new AppError('RESOURCE.NOT_FOUND', { message: '所选区域不存在' });
    if (!isWithinScope(scope, place)) throw new AppError('AUTH.OUT_OF_SCOPE');
    filter[place.kind === 'room' ? 'roomId' : ANCESTOR_FIELDS[place.kind]] = place._id;
  }
  try {
    const page = await deps.store
      .collection<MembershipDoc>(MEMBERSHIPS)
      .find(filter, { orderBy: [['appliedAt', 'asc']], limit: input.limit, cursor: input.cursor ?? null });
    return { items: page.items.map((doc) => toApplicationRow(doc, caller.roles)), nextCursor: page.nextCursor };
  } catch (error) {
    // A cursor is opaque to clients; one the store does not recognise was altered or belongs to another query.
    if (error instanceof StoreError && error.kind === 'INVALID' && input.cursor) {
      throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'cursor', message: '分页参数无效，请刷新后重试' }] });
    }
    throw error;
  }
}
