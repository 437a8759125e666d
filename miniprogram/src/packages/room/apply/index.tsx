import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { ActionButton } from '../../../components/action-button';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { checkApplyForm } from '../../../features/binding/applicant-form';
import { call } from '../../../services/call';
import { queryValue, ROUTES, withQuery } from '../../../services/routes';
import { ApplicantFields } from '../applicant-fields';
import { useApplicantForm } from '../use-applicant-form';

const ROLE_OPTIONS = MEMBERSHIP_ROLES.map((role) => ({ value: role, label: MEMBERSHIP_ROLE_LABELS[role] }));

/** 绑定房屋, last step: who I am and how I live here; checked on the device first, then sent for review. */
export default function BindApplyPage() {
  const params = useRouter().params;
  const roomId = queryValue(params, 'roomId');
  const label = queryValue(params, 'label');
  const form = useApplicantForm(checkApplyForm, async (data) => {
    const view = await call('membership', 'apply', { roomId, ...data });
    await Taro.redirectTo({
      url: withQuery(ROUTES.bindResult, { label: view.roomLabel, role: view.role }),
    });
  });

  if (!roomId) {
    return (
      <Page title="填写申请">
        <Text className="notice notice--error">没有选中房屋，请重新选择。</Text>
        <ActionButton variant="primary" onClick={() => void Taro.redirectTo({ url: ROUTES.bindSearch })}>
          重新选择房屋
        </ActionButton>
      </Page>
    );
  }

  return (
    <Page title="填写申请" intro="信息仅用于物业核实身份，身份证号码加密保存。">
      <View className="card">
        <Text className="muted">申请绑定</Text>
        <Text className="card__title" id="apply-room-label">
          {label || roomId}
        </Text>
      </View>
      <ApplicantFields form={form} idNumber="required" />
      <ChoiceGroup
        name="role"
        label="身份"
        options={ROLE_OPTIONS}
        value={form.values.role}
        onChange={(role) => form.setField('role', role)}
        error={form.errors.role}
      />
      {form.failure && <ErrorNotice failure={form.failure} />}
      <ActionButton variant="primary" testId="submit-apply" isBusy={form.isSending} onClick={() => void form.submit()}>
        提交申请
      </ActionButton>
    </Page>
  );
}
