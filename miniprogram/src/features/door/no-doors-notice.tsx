import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '../../components/action-button';
import { ROUTES, TAB_ROUTES } from '../../services/routes';

/**
 * Shown instead of doors when none are mine: without an approved current room there is nothing to open, and the
 * way forward is binding one (or choosing an approved one on 我的).
 */
export function NoDoorsNotice({ reason }: { reason: 'no-room' | 'no-doors' }) {
  if (reason === 'no-doors') {
    return (
      <View className="card" id="no-doors" data-reason={reason}>
        <Text className="card__title">暂无可开的门</Text>
        <Text className="card__detail">您所在小区的门禁尚未接入，请联系物业。</Text>
      </View>
    );
  }
  return (
    <View className="card" id="no-doors" data-reason={reason}>
      <Text className="card__title">还没有可开的门</Text>
      <Text className="card__detail">绑定房屋并通过物业认证后，即可一键开门、给访客发通行证。</Text>
      <ActionButton
        variant="primary"
        testId="no-doors-bind"
        onClick={() => void Taro.navigateTo({ url: ROUTES.bindSearch })}
      >
        绑定房屋
      </ActionButton>
      <ActionButton onClick={() => void Taro.switchTab({ url: TAB_ROUTES.me })}>查看我的房屋</ActionButton>
    </View>
  );
}
