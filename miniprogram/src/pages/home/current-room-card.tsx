import { MEMBERSHIP_ROLE_LABELS } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/error-notice';
import type { MeState } from '../../features/account/use-me';
import { approvedMemberships, currentMembership, pendingMemberships } from '../../features/rooms/room-state';
import { ROUTES, TAB_ROUTES } from '../../services/routes';

interface Props {
  state: MeState;
  canSwitch: boolean;
  onSwitch: () => void;
  onRetry: () => void;
}

/** Which of the card's faces shows; e2e reads it from `#current-room[data-state]`. */
export type CurrentRoomFace = 'loading' | 'error' | 'current' | 'pending' | 'choose' | 'none';

export function faceOf(state: MeState): CurrentRoomFace {
  if (state.status !== 'ok') return state.status;
  const { memberships } = state.me;
  if (currentMembership(memberships)) return 'current';
  if (pendingMemberships(memberships).length > 0) return 'pending';
  if (approvedMemberships(memberships).length > 0) return 'choose';
  return 'none';
}

const openMe = () => void Taro.switchTab({ url: TAB_ROUTES.me });

/** The top of 首页: the room I act for, or how far my binding has got, or the way to bind one. */
export function CurrentRoomCard({ state, canSwitch, onSwitch, onRetry }: Props) {
  const face = faceOf(state);
  if (state.status === 'error') {
    return (
      <View id="current-room" data-state={face}>
        <ErrorNotice failure={state.failure} onRetry={onRetry} />
      </View>
    );
  }
  const memberships = state.status === 'ok' ? state.me.memberships : [];
  const current = currentMembership(memberships);
  const pending = pendingMemberships(memberships);
  return (
    <View className="card current-room" id="current-room" data-state={face}>
      {face === 'loading' && <Text className="muted">正在读取您的房屋…</Text>}
      {current && (
        <View>
          <Text className="muted">当前房屋</Text>
          <Text className="current-room__label" id="current-room-label">
            {current.roomLabel}
          </Text>
          <Text className="current-room__role">{MEMBERSHIP_ROLE_LABELS[current.role]}</Text>
          {canSwitch && (
            <ActionButton testId="switch-room" onClick={onSwitch}>
              切换房屋
            </ActionButton>
          )}
        </View>
      )}
      {face === 'pending' && (
        <View>
          <Text className="card__title">房屋认证审核中</Text>
          {pending.map((m) => (
            <Text key={m._id} className="card__detail">
              {m.roomLabel}（{MEMBERSHIP_ROLE_LABELS[m.role]}）已提交，等待物业审核
            </Text>
          ))}
          <ActionButton onClick={openMe}>查看进度</ActionButton>
        </View>
      )}
      {face === 'choose' && (
        <View>
          <Text className="card__title">请选择当前房屋</Text>
          <Text className="card__detail">您有已认证的房屋，设为当前后即可使用社区服务。</Text>
          <ActionButton variant="primary" onClick={openMe}>
            去选择
          </ActionButton>
        </View>
      )}
      {face === 'none' && (
        <View>
          <Text className="card__title">您还没有绑定房屋</Text>
          <Text className="card__detail">绑定后即可使用开门、报修、缴费等社区服务。</Text>
          <ActionButton
            variant="primary"
            testId="bind-room"
            onClick={() => void Taro.navigateTo({ url: ROUTES.bindSearch })}
          >
            绑定房屋
          </ActionButton>
        </View>
      )}
    </View>
  );
}
