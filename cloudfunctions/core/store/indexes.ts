import type { IndexSpec } from '../ports/document-store';
import { SYSTEM_INDEXES } from '../use-cases/system/collections';

/** Every collection's declared indexes. Features add theirs here; `ensureIndexes` applies them on start. */
export const INDEXES: readonly IndexSpec[] = [...SYSTEM_INDEXES];
