import type { Config } from './env';
import type { Clock } from './ports/clock';
import type { DocumentStore } from './ports/document-store';
import type { Identity } from './ports/identity';
import type { Ids } from './ports/ids';
import type { Logger } from './ports/logger';
import type { IdCipher } from './privacy/id-cipher';

/** Everything a use case may touch. Use cases take `(deps, caller, input)`; the composition root builds `deps`. */
export interface Deps {
  config: Config;
  store: DocumentStore;
  identity: Identity;
  clock: Clock;
  ids: Ids;
  log: Logger;
  idCipher: IdCipher;
}
