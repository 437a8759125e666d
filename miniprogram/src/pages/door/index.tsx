import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCallback } from 'react';
import { roleOf } from '../../components/a11y';
import { ActionButton } from '../../components/action-button';
import { ErrorNotice } from '../../components/error-notice';
import { Page } from '../../components/page';
import { DoorButton } from '../../features/door/door-button';
import { NoDoorsNotice } from '../../features/door/no-doors-notice';
import { useDoorOpener } from '../../features/door/use-door-opener';
import { DOOR_KIND_LABELS, useDoors } from '../../features/door/use-doors';
import { call } from '../../services/call';
import { ROUTES } from '../../services/routes';

const go = (url: string) => () => void Taro.navigateTo({ url });

/**
 * 一键开门: every door I may open, most used first, each one tap. "已开门" is said only once the controller has
 * confirmed (door.open answers then); a failure says why in the server's words, and the same button retries.
 */
export default function DoorPage() {
  const { state, reload } = useDoors();
  const open = useCallback((doorId: string) => call('door', 'open', { doorId }), []);
  const opener = useDoorOpener(open);
  const hasDoors = state.status === 'ok' && state.doors.length > 0;

  return (
    <Page title="一键开门" className="door-page">
      <View id="door-list" data-state={state.status}>
        {state.status === 'loading' && <Text className="muted">正在读取您可以开的门…</Text>}
        {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void reload()} />}
        {state.status === 'none' && <NoDoorsNotice reason="no-room" />}
        {state.status === 'ok' && state.doors.length === 0 && <NoDoorsNotice reason="no-doors" />}
        {hasDoors && (
          <View {...roleOf('list', { 'aria-label': '可以开的门' })}>
            {state.doors.map((door) => (
              <View key={door.doorId} {...roleOf('listitem')}>
                <DoorButton
                  doorId={door.doorId}
                  name={door.name}
                  detail={door.placeLabel}
                  tag={DOOR_KIND_LABELS[door.kind]}
                  state={opener.stateOf(door.doorId)}
                  onOpen={() => void opener.openDoor(door.doorId)}
                />
              </View>
            ))}
          </View>
        )}
      </View>
      {hasDoors && (
        <View className="door-page__visitors">
          <Text className="section-title" {...roleOf('heading', { 'aria-level': 2 })}>
            访客通行
          </Text>
          <ActionButton testId="door-visitor-create" onClick={go(ROUTES.visitorCreate)}>
            给访客发通行证
          </ActionButton>
          <ActionButton testId="door-visitor-list" onClick={go(ROUTES.visitorList)}>
            我发出的通行证
          </ActionButton>
        </View>
      )}
    </Page>
  );
}
