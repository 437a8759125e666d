import { type Collection, type Doc, type Filter, MAX_LIMIT, type OrderBy } from '../../ports/document-store';

/** Every document matching `filter`, page by page: for sets known to be small (a unit's rooms, a batch's units). */
export async function findAll<T extends Doc>(
  collection: Collection<T>,
  filter: Filter,
  orderBy?: OrderBy,
): Promise<T[]> {
  const all: T[] = [];
  let cursor: string | null = null;
  do {
    const page = await collection.find(filter, { orderBy, limit: MAX_LIMIT, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return all;
}
