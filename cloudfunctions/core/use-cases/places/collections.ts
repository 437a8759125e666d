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

export const PLACES_INDEXES: readonly IndexSpec[] = [
  { collection: PLACES, fields: ['parentId', 'sortKey'] },
  { collection: PLACES, fields: ['kind', 'name'] },
  { collection: PLACES, fields: ['compoundId', 'kind', 'sortKey'] },
  { collection: PLACES, fields: ['communityId', 'kind'] },
  { collection: PLACES, fields: ['streetId', 'kind'] },
  { collection: PLACES, fields: ['districtId', 'kind'] },
  { collection: PLACES, fields: ['buildingId', 'kind'] },
  { collection: PLACES, fields: ['unitId'] },
];
