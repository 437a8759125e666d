import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useShareAppMessage } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { NoDoorsNotice } from '../../../features/door/no-doors-notice';
import { visitorCall } from '../../../features/visitor/visitor-call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { confirmAction, showDone } from '../../../services/dialogs';
import { ROUTES } from '../../../services/routes';
import { DEFAULT_SHARE, shareTitleOf } from '../share-title';
import { type MinePass, PassItem } from './pass-item';
import '../visitor.less';

const PAGE_SIZE = 20;

type ListState =
  | { status: 'loading' }
  | { status: 'ok'; passes: MinePass[]; nextCursor: string | null }
  | { status: 'none' }
  | { status: 'error'; failure: Failure };

/** 我发出的通行证: newest first, with uses; share one again while it works, or revoke it. */
export default function PassListPage() {
  const [state, setState] = useState<ListState>({ status: 'loading' });
  const [sharingId, setSharingId] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isLoadingMore, setIsLoadingMore] = useState(false);

  const load = useCallback(async () => {
    try {
      const page = await visitorCall('visitor', 'mine', { limit: PAGE_SIZE });
      setState({ status: 'ok', passes: page.items, nextCursor: page.nextCursor });
    } catch (error) {
      const failed = failureOf(error);
      setState(failed.code === 'AUTH.FORBIDDEN' ? { status: 'none' } : { status: 'error', failure: failed });
    }
  }, []);

  useDidShow(() => {
    void load();
  });

  const passes = state.status === 'ok' ? state.passes : [];
  const sharing = passes.find((pass) => pass.passId === sharingId);
  useShareAppMessage(() =>
    sharing?.share ? { title: shareTitleOf(sharing), path: sharing.share.path } : DEFAULT_SHARE,
  );

  const loadMore = async () => {
    if (state.status !== 'ok' || !state.nextCursor || isLoadingMore) return;
    setIsLoadingMore(true);
    setFailure(null);
    try {
      const page = await visitorCall('visitor', 'mine', { cursor: state.nextCursor, limit: PAGE_SIZE });
      setState({ status: 'ok', passes: [...state.passes, ...page.items], nextCursor: page.nextCursor });
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setIsLoadingMore(false);
    }
  };

  const revoke = async (pass: MinePass) => {
    const isConfirmed = await confirmAction({
      title: '作废通行证',
      content: `确定作废「${pass.visitorName}」的通行证吗？作废后链接和二维码都不能再开门。`,
      confirmText: '作废',
    });
    if (!isConfirmed) return;
    setBusyId(pass.passId);
    setFailure(null);
    try {
      const revoked = await visitorCall('visitor', 'revoke', { passId: pass.passId });
      setState((current) =>
        current.status === 'ok'
          ? {
              ...current,
              passes: current.passes.map((p) => (p.passId === pass.passId ? { ...p, ...revoked, share: null } : p)),
            }
          : current,
      );
      if (sharingId === pass.passId) setSharingId(null);
      showDone('已作废');
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusyId(null);
    }
  };

  return (
    <Page title="我发出的通行证">
      {state.status === 'loading' && <Text className="muted">正在读取通行证…</Text>}
      {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void load()} />}
      {state.status === 'none' && <NoDoorsNotice reason="no-room" />}
      {failure && <ErrorNotice failure={failure} />}
      {state.status === 'ok' && (
        <View id="pass-list" data-count={passes.length}>
          {passes.length === 0 && (
            <View className="card" data-testid="no-passes">
              <Text className="card__title">还没有发出通行证</Text>
              <Text className="card__detail">亲友来访、快递外卖上门前，发一张通行证，对方即可自助开门。</Text>
            </View>
          )}
          {passes.map((pass) => (
            <PassItem
              key={pass.passId}
              pass={pass}
              isSharing={pass.passId === sharingId}
              isBusy={busyId === pass.passId}
              onShare={(p) => setSharingId(p.passId)}
              onRevoke={(p) => void revoke(p)}
            />
          ))}
          {state.nextCursor && (
            <ActionButton testId="pass-list-more" isBusy={isLoadingMore} onClick={() => void loadMore()}>
              加载更多
            </ActionButton>
          )}
          <ActionButton
            variant="primary"
            testId="pass-list-create"
            onClick={() => void Taro.navigateTo({ url: ROUTES.visitorCreate })}
          >
            给访客发通行证
          </ActionButton>
        </View>
      )}
    </Page>
  );
}
