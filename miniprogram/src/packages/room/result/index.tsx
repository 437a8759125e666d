import { MEMBERSHIP_ROLE_LABELS, ZMembershipRole } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { ActionButton } from '../../../components/action-button';
import { Page } from '../../../components/page';
import { queryValue, TAB_ROUTES } from '../../../services/routes';

/** After applying: what happens next, and the way back. */
export default function BindResultPage() {
  const params = useRouter().params;
  const label = queryValue(params, 'label');
  const role = ZMembershipRole.safeParse(queryValue(params, 'role'));
  return (
    <Page title="已提交，等待物业审核">
      <View className="card" id="apply-result">
        <Text className="card__title">{label}</Text>
        {role.success && <Text className="card__detail">身份：{MEMBERSHIP_ROLE_LABELS[role.data]}</Text>}
        <Text className="card__detail">物业核实后会通过审核，届时在「我的」中显示为「已认证」。</Text>
      </View>
      <ActionButton
        variant="primary"
        testId="result-my-rooms"
        onClick={() => void Taro.switchTab({ url: TAB_ROUTES.me })}
      >
        查看我的房屋
      </ActionButton>
      <ActionButton testId="result-home" onClick={() => void Taro.switchTab({ url: TAB_ROUTES.home })}>
        返回首页
      </ActionButton>
    </Page>
  );
}
