import { type HouseholdMember, MEMBERSHIP_ROLE_LABELS } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { StatusBadge } from '../../../components/status-badge';
import { call } from '../../../services/call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { confirmAction, showDone } from '../../../services/dialogs';
import { queryValue, ROUTES, withQuery } from '../../../services/routes';

type HouseholdState =
  | { status: 'loading' }
  | { status: 'ok'; roomLabel: string; members: HouseholdMember[] }
  | { status: 'error'; failure: Failure };

/** An owner may remove the family and tenants of their room (not other owners, not themselves). */
function isRemovable(member: HouseholdMember): boolean {
  return !member.isMe && member.role !== 'owner' && (member.status === 'approved' || member.status === 'pending');
}

/** 房屋成员: everyone bound to (or asking to join) my room, and removing family or tenants after a confirm. */
export default function HouseholdPage() {
  const params = useRouter().params;
  const roomId = queryValue(params, 'roomId');
  const [state, setState] = useState<HouseholdState>({ status: 'loading' });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const household = await call('membership', 'household', { roomId });
      setState({ status: 'ok', ...household });
    } catch (error) {
      setState({ status: 'error', failure: failureOf(error) });
    }
  }, [roomId]);

  useDidShow(() => {
    void load();
  });

  const remove = async (member: HouseholdMember) => {
    const isConfirmed = await confirmAction({
      title: '移除成员',
      content: `确定移除${MEMBERSHIP_ROLE_LABELS[member.role]}「${member.name}」吗？移除后对方将不能再以本房屋身份使用社区服务。`,
      confirmText: '移除',
    });
    if (!isConfirmed) return;
    setBusyId(member.membershipId);
    setFailure(null);
    try {
      await call('membership', 'remove', { membershipId: member.membershipId });
      showDone('已移除');
      await load();
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setBusyId(null);
    }
  };

  const label = state.status === 'ok' ? state.roomLabel : queryValue(params, 'label');
  return (
    <Page title="房屋成员" intro={label || undefined}>
      {state.status === 'loading' && <Text className="muted">正在读取成员…</Text>}
      {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void load()} />}
      {failure && <ErrorNotice failure={failure} />}
      {state.status === 'ok' && (
        <View id="household-members">
          {state.members.map((member) => (
            <View key={member.membershipId} className="card" data-testid={`member-${member.membershipId}`}>
              <Text className="card__title">
                {member.name}
                {member.isMe ? '（我）' : ''}
              </Text>
              <View className="room-card__tags">
                <Text>{MEMBERSHIP_ROLE_LABELS[member.role]}</Text>
                <StatusBadge status={member.status} />
              </View>
              <Text className="card__detail">手机号：{member.phone}</Text>
              {isRemovable(member) && (
                <ActionButton
                  variant="danger"
                  isBusy={busyId === member.membershipId}
                  onClick={() => void remove(member)}
                >
                  移除{member.name}
                </ActionButton>
              )}
            </View>
          ))}
          <ActionButton
            variant="primary"
            testId="household-invite"
            onClick={() => void Taro.navigateTo({ url: withQuery(ROUTES.invite, { roomId, label }) })}
          >
            邀请家人/租户
          </ActionButton>
        </View>
      )}
    </Page>
  );
}
