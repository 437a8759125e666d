import { FILES_INDEXES } from '../adapters/files/collections';
import { NOTIFY_INDEXES } from '../adapters/notify/collections';
import { RATE_INDEXES } from '../guards/rate-limit';
import type { IndexSpec } from '../ports/document-store';
import { DOOR_INDEXES } from '../use-cases/door/collections';
import { MEMBERSHIP_INDEXES } from '../use-cases/membership/collections';
import { PLACES_INDEXES } from '../use-cases/places/collections';
import { REPAIR_INDEXES } from '../use-cases/repair/collections';
import { STAFF_INDEXES } from '../use-cases/staff/collections';
import { SYSTEM_INDEXES } from '../use-cases/system/collections';
import { PASS_INDEXES } from '../use-cases/visitor/collections';

/** Every collection's declared indexes. Features add theirs here; `ensureIndexes` applies them on start. */
export const INDEXES: readonly IndexSpec[] = [
  ...SYSTEM_INDEXES,
  ...PLACES_INDEXES,
  ...MEMBERSHIP_INDEXES,
  ...STAFF_INDEXES,
  ...FILES_INDEXES,
  ...NOTIFY_INDEXES,
  ...RATE_INDEXES,
  ...DOOR_INDEXES,
  ...PASS_INDEXES,
  ...REPAIR_INDEXES,
];
