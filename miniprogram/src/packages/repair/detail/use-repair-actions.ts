import type { RepairDetail } from '@linli/shared';
import { useCallback, useRef, useState } from 'react';
import { repairCall as call } from '../../../features/repair/repair-call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { confirmAction, showDone } from '../../../services/dialogs';

type Busy = 'cancel' | 'confirm' | 'reopen';

/**
 * The household's actions on one report. Each answers with the report as it now stands (`onChanged`); a refusal
 * shows the server's words, and one saying the report moved on meanwhile reads it again (`onStale`). A second tap
 * while one is on its way does nothing.
 */
export function useRepairActions(
  repairId: string,
  onChanged: (repair: RepairDetail) => void,
  onStale: () => Promise<void>,
) {
  const [busy, setBusy] = useState<Busy | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const running = useRef(false);

  const run = useCallback(
    async (action: Busy, send: () => Promise<RepairDetail>, done: string): Promise<boolean> => {
      if (running.current) return false;
      running.current = true;
      setBusy(action);
      setFailure(null);
      try {
        onChanged(await send());
        showDone(done);
        return true;
      } catch (error) {
        const failed = failureOf(error);
        setFailure(failed);
        if (failed.code.startsWith('REPAIR.')) void onStale();
        return false;
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [onChanged, onStale],
  );

  const cancel = useCallback(async () => {
    const isConfirmed = await confirmAction({
      title: '撤销报修',
      content: '确定撤销这次报修吗？撤销后物业不再处理，如仍需维修请重新报修。',
      confirmText: '撤销',
    });
    if (!isConfirmed) return false;
    return run('cancel', () => call('repair', 'cancel', { repairId }), '已撤销');
  }, [repairId, run]);

  const confirm = useCallback(
    (rating: number, comment: string | undefined) =>
      run(
        'confirm',
        () => call('repair', 'confirm', { repairId, rating, ...(comment ? { comment } : {}) }),
        '感谢评价',
      ),
    [repairId, run],
  );

  const reopen = useCallback(
    (reason: string) => run('reopen', () => call('repair', 'reopen', { repairId, reason }), '已重新打开'),
    [repairId, run],
  );

  return { busy, failure, cancel, confirm, reopen };
}
