import { describeDocumentStore } from './document-store.contract';

/**
 * The contract suite against a real CloudBase environment. It needs credentials and network, so it runs only when
 * they are set; collections get per-test names and are emptied afterwards. Unique-index tests are skipped there:
 * CloudBase indexes are made in the console, not by ensureIndexes.
 */
const env = process.env.TCB_ENV_ID;
const secretId = process.env.TENCENTCLOUD_SECRETID;
const secretKey = process.env.TENCENTCLOUD_SECRETKEY;
const sessionToken = process.env.TENCENTCLOUD_SESSIONTOKEN;

if (env && secretId && secretKey) {
  jest.setTimeout(180_000);
  describeDocumentStore(
    'cloudbase',
    async () => {
      // Loaded here so runs without credentials never load the SDK.
      const { createCloudbaseStore } = await import('./cloudbase-store');
      const open = () => createCloudbaseStore({ env, secretId, secretKey, sessionToken });
      const store = await open();
      return { store, reopen: open, cleanup: () => store.close() };
    },
    { createsIndexes: false },
  );
} else {
  process.stdout.write(
    'cloudbase store contract skipped: TCB_ENV_ID, TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are not all set\n',
  );
  describe.skip('DocumentStore contract: cloudbase (needs TCB_ENV_ID and TENCENTCLOUD_SECRETID/SECRETKEY)', () => {
    test('runs the contract suite against a real CloudBase environment', () => {});
  });
}
