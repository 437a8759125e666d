import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { tappable } from '../../components/a11y';
import type { MeState } from '../../features/account/use-me';
import { currentMembership, isApprovedOwner } from '../../features/rooms/room-state';
import { ROUTES, TAB_ROUTES, withQuery } from '../../services/routes';
import { faceOf } from './current-room-card';

interface Entry {
  key: string;
  label: string;
  note: string;
  open: () => void;
}

const go = (url: string) => () => void Taro.navigateTo({ url });

/** Only features that work today, and only those that apply to me: no tile leads to "coming soon". */
function entriesFor(state: MeState): Entry[] {
  const entries: Entry[] = [];
  if (state.status === 'ok' && faceOf(state) !== 'none') {
    entries.push({ key: 'bind-room', label: '绑定房屋', note: '添加一套房屋', open: go(ROUTES.bindSearch) });
  }
  entries.push({
    key: 'my-rooms',
    label: '我的房屋',
    note: '认证状态与切换',
    open: () => void Taro.switchTab({ url: TAB_ROUTES.me }),
  });
  const current = state.status === 'ok' ? currentMembership(state.me.memberships) : null;
  if (current) {
    entries.push({ key: 'repair', label: '报事报修', note: '水电门窗、公共设施', open: go(ROUTES.repairSubmit) });
    entries.push({ key: 'visitor', label: '访客通行', note: '给访客发通行证', open: go(ROUTES.visitorCreate) });
  }
  if (current && isApprovedOwner(current)) {
    const query = { roomId: current.roomId, label: current.roomLabel };
    entries.push({ key: 'invite', label: '邀请家人', note: '家属或租户', open: go(withQuery(ROUTES.invite, query)) });
    entries.push({
      key: 'household',
      label: '房屋成员',
      note: '查看与移除',
      open: go(withQuery(ROUTES.household, query)),
    });
  }
  entries.push({ key: 'care-mode', label: '关怀模式', note: '大字、高对比', open: go(ROUTES.settings) });
  return entries;
}

export function EntryGrid({ state }: { state: MeState }) {
  return (
    <View className="entry-grid" id="entry-grid">
      {entriesFor(state).map((entry) => (
        <View
          key={entry.key}
          className="entry-grid__item"
          data-testid={entry.key === 'bind-room' ? 'bind-room' : `entry-${entry.key}`}
          onClick={entry.open}
          {...tappable('link')}
        >
          <Text className="entry-grid__label">{entry.label}</Text>
          <Text className="entry-grid__note">{entry.note}</Text>
        </View>
      ))}
    </View>
  );
}
