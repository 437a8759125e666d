import { type OutputOf, type ParsedInputOf, type placesContract, scopeSelector } from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc } from './collections';
import { toPlaceView } from './place-view';
import { staffScopeOf } from './staff-scope';

const MAX_RESULTS = 50;
/** Above every character a compound name can hold, so `[q, q + END)` is "starts with q". */
const PREFIX_END = '\u{10FFFF}';

/**
 * Compounds whose name starts with `q` (an indexed range on `kind, name`), by name; an empty `q` lists the first 50.
 * Residents search everywhere (they are finding their own home); staff only within their scope.
 */
export async function searchCompounds(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<typeof placesContract, 'searchCompounds'>,
): Promise<OutputOf<typeof placesContract, 'searchCompounds'>> {
  const filter: Filter = { kind: 'compound' };
  if (input.q) filter.name = { gte: input.q, lt: `${input.q}${PREFIX_END}` };
  if (caller.kind === 'staff') {
    const selector = scopeSelector(staffScopeOf(caller));
    if (selector) filter[selector.field] = selector.id;
  }
  const page = await deps.store
    .collection<PlaceDoc>(PLACES)
    .find(filter, { orderBy: [['name', 'asc']], limit: MAX_RESULTS });
  return { items: page.items.map((doc) => toPlaceView(doc)) };
}
