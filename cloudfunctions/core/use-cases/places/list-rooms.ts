import {
  ANCESTOR_FIELDS,
  type OutputOf,
  type ParsedInputOf,
  type placesContract,
  type RoomRow,
  scopeSelector,
} from '@linli/shared';
import type { Deps } from '../../deps';
import type { Filter } from '../../ports/document-store';
import type { Caller } from '../../ports/identity';
import { PLACES, type PlaceDoc, ROOM_ORDER } from './collections';
import { readPage } from './cursor-check';
import { narrowRoomFilter } from './narrow-room-filter';
import { toRoomRow } from './place-view';
import { placeWithinScope, staffScopeOf } from './staff-scope';

type Rooms = typeof placesContract;

/**
 * The room register within the caller's scope, or within a place inside it (the console's scope switcher), unit by
 * unit and in floor order within a unit. The base filter is one equality on one ancestor field, which an index
 * leading with that field and carrying the order answers without sorting; the store's cursor is passed through.
 */
export async function listRooms(
  deps: Deps,
  caller: Caller,
  input: ParsedInputOf<Rooms, 'rooms'>,
): Promise<OutputOf<Rooms, 'rooms'>> {
  const scope = staffScopeOf(caller);
  const filter: Filter = { kind: 'room' };
  if (input.within) {
    const within = await placeWithinScope(deps, scope, input.within);
    if (within.kind === 'room') filter._id = within._id;
    else filter[ANCESTOR_FIELDS[within.kind]] = within._id;
  } else {
    const selector = scopeSelector(scope);
    if (selector) filter[selector.field] = selector.id;
  }
  if (input.q && !(await narrowRoomFilter(deps, filter, input.q))) return { items: [], nextCursor: null };

  const page = await readPage(input.cursor, () =>
    deps.store
      .collection<PlaceDoc>(PLACES)
      .find(filter, { orderBy: ROOM_ORDER, limit: input.limit, cursor: input.cursor ?? null }),
  );
  const items = page.items.map(toRoomRow).filter((row): row is RoomRow => row !== null);
  return { items, nextCursor: page.nextCursor };
}
