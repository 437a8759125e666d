import { MEMBERSHIP_ROLE_LABELS, type MembershipView } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '../../components/action-button';
import { StatusBadge } from '../../components/status-badge';
import { isApprovedOwner } from '../../features/rooms/room-state';
import { ROUTES, withQuery } from '../../services/routes';
import { formatShanghaiTime } from '../../utils/format-shanghai-time';

interface Props {
  membership: MembershipView;
  isBusy: boolean;
  onSwitch: (membership: MembershipView) => void;
  onCancel: (membership: MembershipView) => void;
  onOwnerPage: (membership: MembershipView, route: string) => void;
}

/** One of my rooms: where, as what, its review status (with the reason when refused), and what I can do next. */
export function RoomCard({ membership: m, isBusy, onSwitch, onCancel, onOwnerPage }: Props) {
  const reapply = () =>
    void Taro.navigateTo({ url: withQuery(ROUTES.bindApply, { roomId: m.roomId, label: m.roomLabel }) });
  return (
    <View className="card room-card" data-testid={`room-${m.roomId}`} data-status={m.status}>
      <Text className="card__title">{m.roomLabel}</Text>
      <View className="room-card__tags">
        <Text className="room-card__role">{MEMBERSHIP_ROLE_LABELS[m.role]}</Text>
        <StatusBadge status={m.status} />
        {m.isCurrent && <Text className="badge badge--current">当前房屋</Text>}
      </View>
      {m.status === 'pending' && (
        <Text className="card__detail">{formatShanghaiTime(m.appliedAt, 'YYYY-MM-DD HH:mm')} 已提交，等待物业审核</Text>
      )}
      {m.status === 'rejected' && (
        <Text className="card__detail room-card__reason">未通过原因：{m.reason ?? '未说明'}</Text>
      )}
      {m.status === 'revoked' && m.reason && (
        <Text className="card__detail room-card__reason">解除原因：{m.reason}</Text>
      )}
      <View className="button-row">
        {m.status === 'approved' && !m.isCurrent && (
          <ActionButton isInline variant="primary" isBusy={isBusy} onClick={() => onSwitch(m)}>
            设为当前
          </ActionButton>
        )}
        {m.status === 'pending' && (
          <ActionButton isInline variant="danger" isBusy={isBusy} onClick={() => onCancel(m)}>
            撤回申请
          </ActionButton>
        )}
        {isApprovedOwner(m) && (
          <ActionButton isInline isDisabled={isBusy} onClick={() => onOwnerPage(m, ROUTES.invite)}>
            邀请家人/租户
          </ActionButton>
        )}
        {isApprovedOwner(m) && (
          <ActionButton isInline isDisabled={isBusy} onClick={() => onOwnerPage(m, ROUTES.household)}>
            房屋成员
          </ActionButton>
        )}
        {(m.status === 'rejected' || m.status === 'revoked') && (
          <ActionButton isInline onClick={reapply}>
            重新申请
          </ActionButton>
        )}
      </View>
    </View>
  );
}
