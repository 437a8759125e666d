import { MEMBERSHIP_ROLE_LABELS, type membershipContract, type OutputOf } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad, useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { call } from '../../../services/call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { queryValue, TAB_ROUTES } from '../../../services/routes';
import { formatShanghaiTime } from '../../../utils/format-shanghai-time';
import { AcceptForm } from './accept-form';

type Info = OutputOf<typeof membershipContract, 'inviteInfo'>;
type Joined = OutputOf<typeof membershipContract, 'acceptInvite'>;

type InfoState = { status: 'loading' } | { status: 'ok'; info: Info } | { status: 'error'; failure: Failure };

const goHome = () => void Taro.switchTab({ url: TAB_ROUTES.home });

/**
 * The page an invitation link opens (`?token=…`): what is offered and by whom (masked), whether it still works,
 * and the short form that accepts it.
 */
export default function AcceptInvitePage() {
  const token = queryValue(useRouter().params, 'token');
  const [state, setState] = useState<InfoState>({ status: 'loading' });
  const [joined, setJoined] = useState<Joined | null>(null);

  const load = useCallback(async () => {
    if (!token) {
      setState({
        status: 'error',
        failure: { code: 'LOCAL', message: '邀请链接不完整，请向业主重新索取', issues: [] },
      });
      return;
    }
    try {
      setState({ status: 'ok', info: await call('membership', 'inviteInfo', { token }) });
    } catch (error) {
      setState({ status: 'error', failure: failureOf(error) });
    }
  }, [token]);

  useLoad(() => {
    void load();
  });

  if (joined) {
    return (
      <Page title="已加入房屋">
        <View className="card" id="invite-joined">
          <Text className="card__title">{joined.roomLabel}</Text>
          <Text className="card__detail">身份：{MEMBERSHIP_ROLE_LABELS[joined.role]}</Text>
        </View>
        <ActionButton variant="primary" onClick={goHome}>
          返回首页
        </ActionButton>
      </Page>
    );
  }

  return (
    <Page title="接受邀请">
      {state.status === 'loading' && <Text className="muted">正在读取邀请…</Text>}
      {state.status === 'error' && <ErrorNotice id="invite-info-error" failure={state.failure} />}
      {state.status === 'ok' && (
        <View>
          <View className="card" id="invite-info" data-usable={state.info.usable ? 'yes' : 'no'}>
            <Text className="card__title">{state.info.roomLabel}</Text>
            <Text className="card__detail">
              {state.info.inviterName} 邀请您成为该房屋的{MEMBERSHIP_ROLE_LABELS[state.info.role]}
            </Text>
            <Text className="card__detail">
              有效期至 {formatShanghaiTime(state.info.expiresAt, 'YYYY-MM-DD HH:mm')}（北京时间）
            </Text>
          </View>
          {state.info.usable ? (
            <AcceptForm token={token} onJoined={setJoined} />
          ) : (
            <View className="notice notice--error" id="invite-unusable">
              <Text className="notice__text">
                此邀请已不能使用：{state.info.reason ?? '已失效'}。请向业主重新索取邀请。
              </Text>
            </View>
          )}
        </View>
      )}
      {(state.status === 'error' || (state.status === 'ok' && !state.info.usable)) && (
        <ActionButton onClick={goHome}>返回首页</ActionButton>
      )}
    </Page>
  );
}
