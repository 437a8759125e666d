import type { RepairDetail } from '@linli/shared';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { repairCall as call } from '../../../features/repair/repair-call';
import { type Failure, failureOf } from '../../../services/call-errors';

export type DetailState =
  | { status: 'loading' }
  | { status: 'ok'; repair: RepairDetail }
  | { status: 'error'; failure: Failure };

const BROKEN_LINK: Failure = { code: 'LOCAL', message: '报修单链接不完整，请从“我家的报修”进入', issues: [] };

/**
 * One report (`repair.detail`), read again whenever the page shows: staff and workers move it along meanwhile.
 * `replace` takes the detail an action answered with, so buttons follow the new `can` at once.
 */
export function useRepairDetail(repairId: string) {
  const [state, setState] = useState<DetailState>({ status: 'loading' });

  const load = useCallback(async () => {
    if (!repairId) {
      setState({ status: 'error', failure: BROKEN_LINK });
      return;
    }
    try {
      setState({ status: 'ok', repair: await call('repair', 'detail', { repairId }) });
    } catch (error) {
      setState({ status: 'error', failure: failureOf(error) });
    }
  }, [repairId]);

  useDidShow(() => {
    void load();
  });

  const replace = useCallback((repair: RepairDetail) => setState({ status: 'ok', repair }), []);

  return { state, load, replace };
}
