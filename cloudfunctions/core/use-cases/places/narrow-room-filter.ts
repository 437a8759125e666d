import type { Deps } from '../../deps';
import { type Filter, MAX_LIMIT } from '../../ports/document-store';
import { PLACES, type PlaceDoc } from './collections';
import { buildingNames, parseRoomQuery, unitNames } from './room-query';

/** Above every character a room number can hold, so `[q, q + END)` is "starts with q". */
const PREFIX_END = '\u{10FFFF}';

/**
 * Adds the search box's conditions to a room filter already holding the scope (one ancestor equality or a room id).
 * A building or unit in the query is looked up by name among the buildings/units within that base and becomes an
 * `in` on `buildingId`/`unitId` (at most 1000 matches: a street-wide "3栋" is narrowed further with `within`).
 * Returns false when the query cannot match anything, so the caller answers an empty page without a room query.
 */
export async function narrowRoomFilter(deps: Pick<Deps, 'store'>, filter: Filter, q: string): Promise<boolean> {
  const query = parseRoomQuery(q);
  const places = deps.store.collection<PlaceDoc>(PLACES);
  if (query.building) {
    const base = await buildingBase(deps, filter);
    if (!base) return false;
    const buildings = await places.find(
      { kind: 'building', name: { in: buildingNames(query.building) }, ...base },
      { limit: MAX_LIMIT },
    );
    const buildingIds = buildings.items.map((b) => b._id);
    if (!narrow(filter, 'buildingId', buildingIds)) return false;
    if (query.unit) {
      const units = await places.find(
        { kind: 'unit', buildingId: { in: buildingIds }, name: { in: unitNames(query.unit) } },
        { limit: MAX_LIMIT },
      );
      if (
        !narrow(
          filter,
          'unitId',
          units.items.map((u) => u._id),
        )
      )
        return false;
    }
  }
  if (query.number) filter['room.number'] = { gte: query.number, lt: `${query.number}${PREFIX_END}` };
  return true;
}

/**
 * The condition selecting buildings within the room filter's base. Buildings carry ancestor ids down to their own
 * (`buildingId`); below that (a unit or a single room) the base's building is looked up.
 */
async function buildingBase(deps: Pick<Deps, 'store'>, filter: Filter): Promise<Filter | null> {
  const below = typeof filter.unitId === 'string' ? filter.unitId : typeof filter._id === 'string' ? filter._id : null;
  if (below === null) {
    const { kind: _kind, ...ancestors } = filter;
    return ancestors;
  }
  const place = await deps.store.collection<PlaceDoc>(PLACES).get(below);
  return place?.buildingId ? { _id: place.buildingId } : null;
}

/** Restricts `field` to `ids`, intersecting with an equality already there; false when nothing is left. */
function narrow(filter: Filter, field: 'buildingId' | 'unitId', ids: readonly string[]): boolean {
  const current = filter[field];
  if (typeof current === 'string') return ids.includes(current);
  if (ids.length === 0) return false;
  const [only] = ids;
  filter[field] = ids.length === 1 && only !== undefined ? only : { in: ids };
  return true;
}
