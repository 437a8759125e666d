import type { repairContract } from '@linli/shared';
import { openFileStorage } from '../core/adapters/files/open-file-storage';
import { readConfig } from '../core/env';
import type { FileStorage } from '../core/ports/file-storage';
import { type FunctionCloud, startFunctionCloud } from '../harness/function-cloud';
import { main } from './index';

export { codeOf } from '../harness/function-cloud';

export type RepairCloud = FunctionCloud<typeof repairContract> & {
  /** The same FileStorage the function uses: what `POST /api/files` does for an uploader. */
  files: FileStorage;
  /** Runs the repairs timer as CloudBase would. */
  sweep(): Promise<unknown>;
};

export async function startRepairCloud(prefix: string): Promise<RepairCloud> {
  const cloud = await startFunctionCloud(prefix, main.contract, main);
  const files = await openFileStorage(readConfig(), cloud.store);
  return {
    ...cloud,
    files,
    sweep: () => main({ Type: 'Timer', TriggerName: 'sweep', Time: new Date().toISOString() }, { source: 'timer' }),
  };
}
