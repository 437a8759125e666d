import type { Doc, DocumentStore, Filter, StoreErrorKind } from '../../../ports/document-store';

/** What each part of the contract suite gets: the store under test and helpers that keep tests independent. */
export interface ContractContext {
  store(): DocumentStore;
  /** A second store on the same data (another bundle's connection); the same store when the adapter has none. */
  second(): Promise<DocumentStore>;
  /** A collection name unique to this test, so suites can share a real CloudBase environment. */
  name(base: string): string;
  /** False where indexes are made outside the app (CloudBase console), so unique-index tests cannot set them up. */
  readonly createsIndexes: boolean;
}

export async function expectStoreError(promise: Promise<unknown>, kind: StoreErrorKind): Promise<void> {
  await expect(promise).rejects.toMatchObject({ name: 'StoreError', kind });
}

export async function seed<T extends Doc>(store: DocumentStore, collection: string, docs: readonly T[]): Promise<void> {
  for (const doc of docs) await store.collection<T>(collection).insert(doc);
}

/** Ids of every match in `_id` order, for set-like assertions. */
export async function idsOf(store: DocumentStore, collection: string, filter: Filter): Promise<string[]> {
  const page = await store.collection(collection).find(filter, { orderBy: [['_id', 'asc']], limit: 1000 });
  return page.items.map((doc) => doc._id);
}
