import type { Clock } from '../core/ports/clock';
import type { Doc, DocumentStore } from '../core/ports/document-store';
import { StoreError } from '../core/ports/document-store';
import { createIdCipher } from '../core/privacy/sealed-box';
import { seedDemo as seedDemoCommunity } from '../core/seed/seed-demo';

/** Facts the local cloud keeps about its own data folder. */
export const META_COLLECTION = 'meta';
const SEED_ID = 'seed';
/** Bumped when what a new data folder starts with changes. */
export const SEED_VERSION = 1;

export interface SeedDoc extends Doc {
  version: number;
  /** When the data folder was first seeded (ISO, UTC). */
  at: string;
}

export interface SeedOptions {
  /** The data folder's LINLI_ID_KEY: demo residents' ID numbers are stored encrypted, like real ones. */
  idKey: string;
  clock: Clock;
}

/**
 * The seeding hook of a data folder's first start: the demo community (core's seed, which keeps its own marker and
 * runs once), then the local cloud's own record of when the folder was seeded. Later starts change nothing.
 */
export async function seedDemo(store: DocumentStore, options: SeedOptions): Promise<SeedDoc> {
  const meta = store.collection<SeedDoc>(META_COLLECTION);
  const existing = await meta.get(SEED_ID);
  if (existing) return existing;
  await seedDemoCommunity({ store, idCipher: createIdCipher(options.idKey), clock: options.clock });
  const doc: SeedDoc = { _id: SEED_ID, version: SEED_VERSION, at: options.clock.now().toISOString() };
  try {
    await meta.insert(doc);
    return doc;
  } catch (error) {
    if (!(error instanceof StoreError && error.kind === 'DUPLICATE')) throw error;
    return (await meta.get(SEED_ID)) ?? doc;
  }
}

/** The seed record, for health; null when the folder was never seeded. */
export function readSeed(store: DocumentStore): Promise<SeedDoc | null> {
  return store.collection<SeedDoc>(META_COLLECTION).get(SEED_ID);
}
