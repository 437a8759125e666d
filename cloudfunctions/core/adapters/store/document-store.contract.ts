import { randomBytes } from 'node:crypto';
import type { DocumentStore } from '../../ports/document-store';
import type { ContractContext } from './contract/context';
import { describeQueries } from './contract/queries';
import { describeTransactions } from './contract/transactions';
import { describeWrites } from './contract/writes';

/**
 * The one behaviour every DocumentStore adapter must show, run against each of them (sqlite always, CloudBase when
 * credentials are present). A use case tested on sqlite may then trust the same behaviour in production.
 */
export interface StoreFixture {
  store: DocumentStore;
  /** Opens another store on the same data, as a second bundle in the same process would. */
  reopen?: () => Promise<DocumentStore>;
  cleanup: () => Promise<void>;
}

export interface ContractOptions {
  /** Whether `ensureIndexes` really creates indexes (CloudBase's are made in the console, so not there). */
  createsIndexes?: boolean;
}

export function describeDocumentStore(
  name: string,
  open: () => Promise<StoreFixture>,
  options: ContractOptions = {},
): void {
  describe(`DocumentStore contract: ${name}`, () => {
    let fixture: StoreFixture | null = null;
    let extra: DocumentStore[] = [];
    let used: string[] = [];
    let suffix = '';

    beforeEach(async () => {
      fixture = await open();
      extra = [];
      used = [];
      suffix = randomBytes(4).toString('hex');
    });

    afterEach(async () => {
      const current = fixture;
      fixture = null;
      if (!current) return;
      // Empty what the test used, so a shared (cloud) environment does not fill up; then the adapter's own cleanup.
      for (const collection of used) await current.store.collection(collection).remove({});
      for (const store of extra) await store.close();
      await current.cleanup();
    });

    const context: ContractContext = {
      createsIndexes: options.createsIndexes ?? true,
      store() {
        if (!fixture) throw new Error('no store open outside a test');
        return fixture.store;
      },
      async second() {
        const current = context.store();
        if (!fixture?.reopen) return current;
        const store = await fixture.reopen();
        extra.push(store);
        return store;
      },
      name(base) {
        const collection = `${base}_${suffix}`;
        if (!used.includes(collection)) used.push(collection);
        return collection;
      },
    };

    describeQueries(context);
    describeWrites(context);
    describeTransactions(context);
  });
}
