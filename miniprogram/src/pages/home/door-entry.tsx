import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { tappable } from '../../components/a11y';
import type { MeState } from '../../features/account/use-me';
import { ROUTES } from '../../services/routes';
import { faceOf } from './current-room-card';

/**
 * 一键开门, the thing residents come to 首页 for: one large tile straight under the room card, one tap to the doors.
 * Only with an approved current room; before that there is no door to open and the room card shows the way.
 */
export function DoorEntry({ state }: { state: MeState }) {
  if (faceOf(state) !== 'current') return null;
  return (
    <View
      className="door-entry"
      id="open-door-entry"
      data-testid="open-door-entry"
      onClick={() => void Taro.navigateTo({ url: ROUTES.door })}
      {...tappable('link')}
    >
      <Text className="door-entry__label">一键开门</Text>
      <Text className="door-entry__note">小区大门、单元门，点一下就开</Text>
    </View>
  );
}
