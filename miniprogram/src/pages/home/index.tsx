import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { roleOf } from '../../components/a11y';
import { ErrorNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { useMe } from '../../features/account/use-me';
import { approvedMemberships } from '../../features/rooms/room-state';
import { useRoomActions } from '../../features/rooms/use-room-actions';
import { TAB_ROUTES } from '../../services/routes';
import { CurrentRoomCard } from './current-room-card';
import { DoorEntry } from './door-entry';
import { EntryGrid } from './entry-grid';
import { ServerStatusCard } from './server-status-card';
import { useServerStatus } from './use-server-status';
import './index.less';

/** WeChat's action sheet holds six items; more rooms than that are chosen on 我的. */
const ACTION_SHEET_MAX = 6;

export default function HomePage() {
  const { ping, version, check } = useServerStatus();
  const { state, reload } = useMe();
  const actions = useRoomActions(reload);
  const others = state.status === 'ok' ? approvedMemberships(state.me.memberships).filter((m) => !m.isCurrent) : [];

  useLoad(() => {
    void check();
  });

  const chooseRoom = async () => {
    if (others.length > ACTION_SHEET_MAX) {
      await Taro.switchTab({ url: TAB_ROUTES.me });
      return;
    }
    let tapIndex: number;
    try {
      ({ tapIndex } = await Taro.showActionSheet({ itemList: others.map((m) => m.roomLabel) }));
    } catch {
      return; // The resident closed the sheet.
    }
    const chosen = others[tapIndex];
    if (chosen) await actions.switchTo(chosen);
  };

  return (
    <Page className="home">
      <View className="home__header">
        <Text className="home__title" {...roleOf('heading', { 'aria-level': 1 })}>
          邻里
        </Text>
        <Text className="home__subtitle">社区生活，一处办理</Text>
      </View>
      <CurrentRoomCard
        state={state}
        canSwitch={others.length > 0}
        onSwitch={() => void chooseRoom()}
        onRetry={() => void reload()}
      />
      {actions.failure && <ErrorNotice failure={actions.failure} />}
      <DoorEntry state={state} />
      <EntryGrid state={state} />
      <ServerStatusCard ping={ping} version={version} onRetry={() => void check()} />
    </Page>
  );
}
