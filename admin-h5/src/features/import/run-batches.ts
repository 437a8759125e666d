import type { ImportReport } from '@linli/shared';
import { call } from '../../api/call';
import type { Batch } from './plan-batches';

export interface RunOptions {
  compoundId: string;
  batches: readonly Batch[];
  dryRun: boolean;
  /** Called after each batch with how many are done. */
  onProgress: (done: number) => void;
}

export interface RunResult extends ImportReport {
  /** Batches the server answered; short of all when a real import stopped at a failing batch. */
  batchesDone: number;
}

/**
 * Sends the batches one after another. A check (dryRun) goes through every batch so the report lists every bad
 * line of the file. A real import stops at the first batch with errors: the server writes a batch all or nothing,
 * so what came before it is in and nothing after it is. A failed call rejects.
 */
export async function runBatches({ compoundId, batches, dryRun, onProgress }: RunOptions): Promise<RunResult> {
  const total: RunResult = { rows: 0, created: 0, unchanged: 0, errors: [], batchesDone: 0 };
  for (const batch of batches) {
    const report = await call('places', 'importRegister', {
      compoundId,
      csv: batch.csv,
      firstLine: batch.firstLine,
      dryRun,
    });
    total.rows += report.rows;
    total.created += report.created;
    total.unchanged += report.unchanged;
    total.errors.push(...report.errors);
    total.batchesDone += 1;
    onProgress(total.batchesDone);
    if (!dryRun && report.errors.length > 0) break;
  }
  return total;
}
