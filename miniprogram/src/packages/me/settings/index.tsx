import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCareMode } from '../../../care/use-care-mode';
import { tappable } from '../../../components/a11y';
import { Page } from '../../../components/page';
import { isWeapp } from '../../../services/config';
import { ROUTES } from '../../../services/routes';
import './index.less';

/** 设置: the care-mode switch (kept on this device) and a word about the app. */
export default function SettingsPage() {
  const { isCareMode, setCareMode } = useCareMode();
  return (
    <Page title="设置">
      <View className="card settings__row" id="care-mode-setting" data-state={isCareMode ? 'on' : 'off'}>
        <View className="settings__text">
          <Text className="card__title" id="care-mode-label">
            关怀模式
          </Text>
          <Text className="card__detail">字更大、按钮更大、颜色对比更强，适合长辈使用。</Text>
        </View>
        <Switch
          className="settings__switch"
          checked={isCareMode}
          color="#0a6b3d"
          nativeProps={isWeapp ? undefined : { 'aria-label': '关怀模式', id: 'care-mode-switch' }}
          onChange={(event) => setCareMode(event.detail.value)}
        />
      </View>
      {!isWeapp && (
        <View
          className="list-item"
          data-testid="settings-dev-login"
          onClick={() => void Taro.navigateTo({ url: ROUTES.devLogin })}
          {...tappable('link')}
        >
          <Text className="list-item__text">切换演示账号</Text>
          <Text className="list-item__chevron" aria-hidden="true">
            ›
          </Text>
        </View>
      )}
      <View className="card" id="about">
        <Text className="card__title">关于邻里</Text>
        <Text className="card__detail">
          邻里 —— 社区生活，一处办理。绑定房屋、邀请家人，后续将支持开门、报修、缴费等服务。
        </Text>
        <Text className="card__detail">身份证号码加密保存，页面上只显示部分号码。</Text>
      </View>
    </Page>
  );
}
