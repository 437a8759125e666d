import type { Place } from '@linli/shared';
import type { Doc, IndexSpec } from '../../ports/document-store';

export const PLACES = 'places';

/** A node of the hierarchy as stored: the shared `Place` plus its display label and a stable sort key. */
export type PlaceDoc = Place &
  Doc & {
    /** "阳光花园 3栋 2单元 1201" — names from the compound down. */
    label: string;
    /** Zero-padded natural order within the parent, so 2栋 sorts before 10栋. */
    sortKey: string;
  };

/**
 * The room register is listed unit by unit, rooms in floor order (`unitId`, `sortKey`, `_id`), within one ancestor
 * field: each level's index leads with that field and `kind` and carries the whole order, so a scoped page is an
 * index range walk with no sort, however many rooms the scope holds. The same indexes serve "buildings/units within
 * X" queries by their prefix.
 */
export const ROOM_ORDER = [
  ['unitId', 'asc'],
  ['sortKey', 'asc'],
  ['_id', 'asc'],
] as const;

export const PLACES_INDEXES: readonly IndexSpec[] = [
  { collection: PLACES, fields: ['parentId', 'sortKey'] },
  { collection: PLACES, fields: ['kind', 'name'] },
  { collection: PLACES, fields: ['kind', 'unitId', 'sortKey', '_id'] },
  { collection: PLACES, fields: ['districtId', 'kind', 'unitId', 'sortKey', '_id'] },
  { collection: PLACES, fields: ['streetId', 'kind', 'unitId', 'sortKey', '_id'] },
  { collection: PLACES, fields: ['communityId', 'kind', 'unitId', 'sortKey', '_id'] },
  { collection: PLACES, fields: ['compoundId', 'kind', 'unitId', 'sortKey', '_id'] },
  { collection: PLACES, fields: ['buildingId', 'kind', 'unitId', 'sortKey', '_id'] },
  { collection: PLACES, fields: ['unitId', 'kind', 'sortKey', '_id'] },
];
