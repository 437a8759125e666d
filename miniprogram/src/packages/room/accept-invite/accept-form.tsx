import type { membershipContract, OutputOf } from '@linli/shared';
import { View } from '@tarojs/components';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { checkAcceptForm } from '../../../features/binding/applicant-form';
import { call } from '../../../services/call';
import { ApplicantFields } from '../applicant-fields';
import { useApplicantForm } from '../use-applicant-form';

type Joined = OutputOf<typeof membershipContract, 'acceptInvite'>;

interface Props {
  token: string;
  onJoined: (membership: Joined) => void;
}

/** 姓名, 手机号 and an optional 身份证号码, checked on the device, then `membership.acceptInvite`. */
export function AcceptForm({ token, onJoined }: Props) {
  const form = useApplicantForm(checkAcceptForm, async (data) => {
    onJoined(await call('membership', 'acceptInvite', { token, ...data }));
  });

  return (
    <View id="accept-form">
      <ApplicantFields form={form} idNumber="optional" />
      {form.failure && <ErrorNotice failure={form.failure} />}
      <ActionButton variant="primary" testId="accept-invite" isBusy={form.isSending} onClick={() => void form.submit()}>
        接受邀请
      </ActionButton>
    </View>
  );
}
