import path from 'node:path';
import type { Config } from '../../env';
import { systemClock } from '../../ports/clock';
import type { DocumentStore } from '../../ports/document-store';
import type { FileStorage } from '../../ports/file-storage';
import { randomIds } from '../../ports/ids';

/**
 * The FileStorage the runtime calls for: files under the data folder in the local cloud (signed with a key derived
 * from the session secret, which the local cloud's route shares), CloudBase storage in CloudBase. Loaded lazily, so
 * a local bundle never loads the storage SDK path and a CloudBase bundle never touches the disk.
 */
export async function openFileStorage(config: Config, store: DocumentStore): Promise<FileStorage> {
  if (config.LINLI_RUNTIME === 'local') {
    const { localFileStorageFor } = await import('./local-file-storage');
    return localFileStorageFor(path.resolve(config.LINLI_DATA_DIR), config.LINLI_SESSION_SECRET, systemClock);
  }
  const { createCloudbaseFileStorage } = await import('./cloudbase-file-storage');
  return createCloudbaseFileStorage({
    env: config.TCB_ENV_ID,
    secretId: config.TENCENTCLOUD_SECRETID,
    secretKey: config.TENCENTCLOUD_SECRETKEY,
    sessionToken: config.TENCENTCLOUD_SESSIONTOKEN,
    store,
    clock: systemClock,
    ids: randomIds,
  });
}
