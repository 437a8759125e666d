import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '../../components/action-button';
import { ROUTES, TAB_ROUTES } from '../../services/routes';

/**
 * Shown instead of the form or the list without an approved current room: a report belongs to a household, and
 * the way forward is binding a room (or choosing an approved one on 我的).
 */
export function NoRoomNotice() {
  return (
    <View className="card" id="repair-no-room">
      <Text className="card__title">绑定房屋后即可报修</Text>
      <Text className="card__detail">通过物业认证后，您可以为本户或小区公共部位报修，并查看处理进度。</Text>
      <ActionButton
        variant="primary"
        testId="repair-bind-room"
        onClick={() => void Taro.navigateTo({ url: ROUTES.bindSearch })}
      >
        绑定房屋
      </ActionButton>
      <ActionButton onClick={() => void Taro.switchTab({ url: TAB_ROUTES.me })}>查看我的房屋</ActionButton>
    </View>
  );
}
