import { ANCESTOR_FIELDS, scopeSelector } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import { placeWithinScope } from './staff-scope';

/**
 * The condition for "within the caller's scope", narrowed to `within` (a place inside it) when given, on any
 * document that copies its place's ancestor ids (memberships, devices, door entries): one equality on one field.
 */
export async function scopeFilter(
  deps: Pick<Deps, 'store'>,
  scope: readonly string[],
  within: string | undefined,
): Promise<Filter> {
  if (within) {
    const place = await placeWithinScope(deps, scope, within);
    return { [place.kind === 'room' ? 'roomId' : ANCESTOR_FIELDS[place.kind]]: place._id };
  }
  const selector = scopeSelector(scope);
  return selector ? { [selector.field]: selector.id } : {};
}
