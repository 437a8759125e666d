import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { roleOf, tappable } from '../../components/a11y';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { useMe } from '../../features/account/use-me';
import { useRoomActions } from '../../features/rooms/use-room-actions';
import { ROUTES } from '../../services/routes';
import { RoomCard } from './room-card';
import './index.less';

/** 我的: my rooms and their review status, what I can do with each, and settings (care mode). */
export default function MePage() {
  const { state, reload } = useMe();
  const actions = useRoomActions(reload);
  const greeting = state.status === 'ok' && state.me.name ? `您好，${state.me.name}` : '您好';

  return (
    <Page className="me">
      <Text className="page__title" id="me-greeting" {...roleOf('heading', { 'aria-level': 1 })}>
        {greeting}
      </Text>
      {state.status === 'loading' && <Text className="muted">正在读取您的房屋…</Text>}
      {state.status === 'error' && <ErrorNotice id="me-error" failure={state.failure} onRetry={() => void reload()} />}
      {state.status === 'ok' && (
        <View id="my-rooms">
          <Text className="section-title" {...roleOf('heading', { 'aria-level': 2 })}>
            我的房屋
          </Text>
          {actions.failure && <ErrorNotice failure={actions.failure} />}
          {state.me.memberships.length === 0 && (
            <View className="card" data-testid="no-rooms">
              <Text className="card__title">还没有绑定房屋</Text>
              <Text className="card__detail">绑定后即可使用开门、报修、缴费等社区服务。</Text>
            </View>
          )}
          {state.me.memberships.map((membership) => (
            <RoomCard
              key={membership._id}
              membership={membership}
              isBusy={actions.busyId === membership._id}
              onSwitch={(m) => void actions.switchTo(m)}
              onCancel={(m) => void actions.cancel(m)}
              onOwnerPage={(m, route) => void actions.openOwnerPage(m, route)}
            />
          ))}
          <ActionButton
            variant={state.me.memberships.length === 0 ? 'primary' : 'secondary'}
            testId="bind-room"
            onClick={() => void Taro.navigateTo({ url: ROUTES.bindSearch })}
          >
            绑定房屋
          </ActionButton>
        </View>
      )}
      <View
        className="list-item me__settings"
        data-testid="open-settings"
        onClick={() => void Taro.navigateTo({ url: ROUTES.settings })}
        {...tappable('link')}
      >
        <View>
          <Text className="list-item__text">设置</Text>
          <Text className="list-item__meta">关怀模式（大字）、关于</Text>
        </View>
        <Text className="list-item__chevron">›</Text>
      </View>
    </Page>
  );
}
