import type { OutputOf, systemContract } from '@linli/shared';
import type { Deps } from '../../deps';

export async function getVersion(deps: Deps): Promise<OutputOf<typeof systemContract, 'version'>> {
  return {
    version: deps.config.LINLI_VERSION,
    runtime: deps.config.LINLI_RUNTIME,
    store: deps.store.kind,
    builtAt: deps.config.LINLI_BUILT_AT,
  };
}
