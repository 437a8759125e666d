import type { RepairSummary } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useRef, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { repairCall as call } from '../../../features/repair/repair-call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { ROUTES, withQuery } from '../../../services/routes';
import { NoRoomNotice } from '../no-room-notice';
import { RepairItem } from './repair-item';
import '../repair.less';

const PAGE_SIZE = 20;

type Filter = 'all' | 'open';
const FILTERS = [
  { value: 'all', label: '全部' },
  { value: 'open', label: '进行中' },
] as const;

type ListState =
  | { status: 'loading' }
  | { status: 'ok'; repairs: RepairSummary[]; nextCursor: string | null }
  | { status: 'none' }
  | { status: 'error'; failure: Failure };

const queryOf = (filter: Filter, cursor?: string) => ({
  limit: PAGE_SIZE,
  ...(filter === 'open' ? { isOpen: true } : {}),
  ...(cursor ? { cursor } : {}),
});

/** 我家的报修: every report of my household, newest first, or only those still being handled; one tap to each. */
export default function RepairListPage() {
  const [filter, setFilter] = useState<Filter>('all');
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isLoadingMore, setIsLoadingMore] = useState(false);
  // The answer for a filter the resident has since left is dropped, so a slow reply cannot overwrite a newer one.
  const shown = useRef<Filter>(filter);

  const load = useCallback(async (wanted: Filter) => {
    shown.current = wanted;
    try {
      const page = await call('repair', 'mine', queryOf(wanted));
      if (shown.current === wanted) setState({ status: 'ok', repairs: page.items, nextCursor: page.nextCursor });
    } catch (error) {
      if (shown.current !== wanted) return;
      const failed = failureOf(error);
      setState(failed.code === 'AUTH.FORBIDDEN' ? { status: 'none' } : { status: 'error', failure: failed });
    }
  }, []);

  useDidShow(() => {
    void load(shown.current);
  });

  const choose = (next: Filter) => {
    if (next === filter) return;
    setFilter(next);
    setFailure(null);
    setState({ status: 'loading' });
    void load(next);
  };

  const loadMore = async () => {
    if (state.status !== 'ok' || !state.nextCursor || isLoadingMore) return;
    setIsLoadingMore(true);
    setFailure(null);
    try {
      const page = await call('repair', 'mine', queryOf(filter, state.nextCursor));
      setState({ status: 'ok', repairs: [...state.repairs, ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setIsLoadingMore(false);
    }
  };

  const openRepair = (repair: RepairSummary) =>
    void Taro.navigateTo({ url: withQuery(ROUTES.repairDetail, { id: repair.repairId }) });
  const openSubmit = () => void Taro.navigateTo({ url: ROUTES.repairSubmit });

  return (
    <Page title="我家的报修">
      {state.status !== 'none' && (
        <ChoiceGroup name="repair-filter" label="显示" options={FILTERS} value={filter} onChange={choose} />
      )}
      {state.status === 'loading' && <Text className="muted">正在读取报修记录…</Text>}
      {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void load(filter)} />}
      {state.status === 'none' && <NoRoomNotice />}
      {failure && <ErrorNotice failure={failure} />}
      {state.status === 'ok' && (
        <View id="repair-list" data-count={state.repairs.length} data-filter={filter}>
          {state.repairs.length === 0 && (
            <View className="card" data-testid="no-repairs">
              <Text className="card__title">{filter === 'open' ? '没有正在处理的报修' : '还没有报修记录'}</Text>
              <Text className="card__detail">家里或小区里有东西坏了，点下面的“我要报修”告诉物业。</Text>
            </View>
          )}
          {state.repairs.map((repair) => (
            <RepairItem key={repair.repairId} repair={repair} onOpen={openRepair} />
          ))}
          {state.nextCursor && (
            <ActionButton testId="repair-list-more" isBusy={isLoadingMore} onClick={() => void loadMore()}>
              加载更多
            </ActionButton>
          )}
          <ActionButton variant="primary" testId="repair-list-submit" onClick={openSubmit}>
            我要报修
          </ActionButton>
        </View>
      )}
    </Page>
  );
}
