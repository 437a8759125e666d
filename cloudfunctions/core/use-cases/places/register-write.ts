import type { Deps } from '../../deps';
import { PLACES, type PlaceDoc } from './collections';

const REMOVE_CHUNK = 200;

/**
 * Inserts a batch's new places, parents first. The store has no multi-document insert transaction that fits 500+
 * documents on CloudBase, so atomicity is by compensation: if any insert fails (a concurrent import took an id, the
 * store went away), what this batch inserted is removed again before the error is reported.
 */
export async function insertPlaces(deps: Pick<Deps, 'store'>, docs: readonly PlaceDoc[]): Promise<void> {
  const places = deps.store.collection<PlaceDoc>(PLACES);
  const inserted: string[] = [];
  try {
    for (const doc of docs) {
      await places.insert(doc);
      inserted.push(doc._id);
    }
  } catch (error) {
    // Children first, so a reader never sees a room whose unit is already gone.
    inserted.reverse();
    for (let i = 0; i < inserted.length; i += REMOVE_CHUNK) {
      await places.remove({ _id: { in: inserted.slice(i, i + REMOVE_CHUNK) } });
    }
    throw error;
  }
}
