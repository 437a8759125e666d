import type { Config } from './env';
import type { Clock } from './ports/clock';
import type { DocumentStore } from './ports/document-store';
import type { DoorVendor, DoorVendorName } from './ports/door-vendor';
import type { FileStorage } from './ports/file-storage';
import type { Identity } from './ports/identity';
import type { Ids } from './ports/ids';
import type { Logger } from './ports/logger';
import type { Notifier } from './ports/notifier';
import type { IdCipher, Vault } from './privacy/sealed-box';

/** Everything a use case may touch. Use cases take `(deps, caller, input)`; the composition root builds `deps`. */
export interface Deps {
  config: Config;
  store: DocumentStore;
  identity: Identity;
  clock: Clock;
  ids: Ids;
  log: Logger;
  idCipher: IdCipher;
  /** Photos: files under the data folder (local cloud) or CloudBase storage. */
  files: FileStorage;
  /** Messages to residents: the outbox (local cloud) or WeChat subscribe messages; never the only channel. */
  notifier: Notifier;
  /** Sealed boxes for the other secrets at rest (device credentials, pass tokens). */
  vault: Vault;
  /** The adapter speaking a door controller vendor's protocol. */
  doorVendor: (vendor: DoorVendorName) => DoorVendor;
}
