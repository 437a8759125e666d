import { maskIdNumber, type membershipContract, type OutputOf } from '@linli/shared';
import { View } from '@tarojs/components';
import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { FormField } from '../../../components/form-field';
import { checkAcceptForm, errorsOf } from '../../../features/binding/applicant-form';
import { call } from '../../../services/call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { useApplicantForm } from '../use-applicant-form';

type Joined = OutputOf<typeof membershipContract, 'acceptInvite'>;

interface Props {
  token: string;
  onJoined: (membership: Joined) => void;
}

/** 姓名, 手机号 and an optional 身份证号码, checked on the device, then `membership.acceptInvite`. */
export function AcceptForm({ token, onJoined }: Props) {
  const { values, errors, setErrors, setField } = useApplicantForm({ name: '', phone: '', idNumber: '', role: null });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSending, setIsSending] = useState(false);

  const submit = async () => {
    setFailure(null);
    const checked = checkAcceptForm(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setIsSending(true);
    try {
      onJoined(await call('membership', 'acceptInvite', { token, ...checked.data }));
    } catch (error) {
      const found = failureOf(error);
      setErrors(errorsOf(found.issues));
      setFailure(found);
    } finally {
      setIsSending(false);
    }
  };

  return (
    <View id="accept-form">
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
        label="身份证号码（选填）"
        keyboard="idcard"
        value={values.idNumber}
        onChange={(v) => setField('idNumber', v)}
        error={errors.idNumber}
        hint="填写后可办理需要实名的业务"
        maxLength={18}
        displayWhenIdle={maskIdNumber}
      />
      {failure && <ErrorNotice failure={failure} />}
      <ActionButton variant="primary" testId="accept-invite" isBusy={isSending} onClick={() => void submit()}>
        接受邀请
      </ActionButton>
    </View>
  );
}
