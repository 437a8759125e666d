import { isWithinScope } from '@linli/shared';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from './collections';

/**
 * A staff caller's scope path (empty = the whole platform). Only staff carry one: a resident reaching a staff-only
 * branch is refused rather than treated as platform-wide.
 */
export function staffScopeOf(caller: Caller): readonly string[] {
  if (caller.kind !== 'staff' || !caller.id || caller.scope === null) throw new AppError('AUTH.FORBIDDEN');
  return caller.scope;
}

/** A place the caller names (`within`, a compound to import into): it must exist and lie within their scope. */
export async function placeWithinScope(
  deps: Pick<Deps, 'store'>,
  scope: readonly string[],
  placeId: string,
): Promise<PlaceDoc> {
  const place = await deps.store.collection<PlaceDoc>(PLACES).get(placeId);
  if (!place) throw new AppError('RESOURCE.NOT_FOUND', { message: '所选区域不存在' });
  if (!isWithinScope(scope, place)) throw new AppError('AUTH.OUT_OF_SCOPE');
  return place;
}
