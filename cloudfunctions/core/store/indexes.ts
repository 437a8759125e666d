import type { IndexSpec } from '../ports/document-store';
import { MEMBERSHIP_INDEXES } from '../use-cases/membership/collections';
import { PLACES_INDEXES } from '../use-cases/places/collections';
import { STAFF_INDEXES } from '../use-cases/staff/collections';
import { SYSTEM_INDEXES } from '../use-cases/system/collections';

/** Every collection's declared indexes. Features add theirs here; `ensureIndexes` applies them on start. */
export const INDEXES: readonly IndexSpec[] = [
  ...SYSTEM_INDEXES,
  ...PLACES_INDEXES,
  ...MEMBERSHIP_INDEXES,
  ...STAFF_INDEXES,
];
