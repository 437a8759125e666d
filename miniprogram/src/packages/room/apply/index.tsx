import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES, maskIdNumber } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorNotice } from '../../../components/error-notice';
import { FormField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { checkApplyForm, errorsOf } from '../../../features/binding/applicant-form';
import { call } from '../../../services/call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { queryValue, ROUTES, withQuery } from '../../../services/routes';
import { useApplicantForm } from '../use-applicant-form';

const ROLE_OPTIONS = MEMBERSHIP_ROLES.map((role) => ({ value: role, label: MEMBERSHIP_ROLE_LABELS[role] }));

/** 绑定房屋, last step: who I am and how I live here; checked on the device first, then sent for review. */
export default function BindApplyPage() {
  const params = useRouter().params;
  const roomId = queryValue(params, 'roomId');
  const label = queryValue(params, 'label');
  const { values, errors, setErrors, setField } = useApplicantForm({ name: '', phone: '', idNumber: '', role: null });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSending, setIsSending] = useState(false);

  const submit = async () => {
    setFailure(null);
    const checked = checkApplyForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setIsSending(true);
    try {
      const view = await call('membership', 'apply', { roomId, ...checked.data });
      await Taro.redirectTo({
        url: withQuery(ROUTES.bindResult, { label: view.roomLabel, role: view.role }),
      });
    } catch (error) {
      const found = failureOf(error);
      setErrors(errorsOf(found.issues));
      setFailure(found);
    } finally {
      setIsSending(false);
    }
  };

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
      <FormField
        name="name"
        label="姓名"
        value={values.name}
        onChange={(v) => setField('name', v)}
        error={errors.name}
        maxLength={20}
      />
      <FormField
        name="phone"
        label="手机号"
        keyboard="phone"
        value={values.phone}
        onChange={(v) => setField('phone', v)}
        error={errors.phone}
        maxLength={11}
      />
      <FormField
        name="idNumber"
        label="身份证号码"
        keyboard="idcard"
        value={values.idNumber}
        onChange={(v) => setField('idNumber', v)}
        error={errors.idNumber}
        maxLength={18}
        displayWhenIdle={maskIdNumber}
      />
      <ChoiceGroup
        name="role"
        label="身份"
        options={ROLE_OPTIONS}
        value={values.role}
        onChange={(role) => setField('role', role)}
        error={errors.role}
      />
      {failure && <ErrorNotice failure={failure} />}
      <ActionButton variant="primary" testId="submit-apply" isBusy={isSending} onClick={() => void submit()}>
        提交申请
      </ActionButton>
    </Page>
  );
}
