import type { OutputOf, visitorContract } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorNotice } from '../../../components/error-notice';
import { FormField } from '../../../components/form-field';
import { Page } from '../../../components/page';
import { NoDoorsNotice } from '../../../features/door/no-doors-notice';
import { useDoors } from '../../../features/door/use-doors';
import {
  checkPassForm,
  DURATION_OPTIONS,
  KIND_OPTIONS,
  MAX_PASS_DOORS,
  type PassFieldErrors,
  type PassFormValues,
  passErrorsOf,
  USES_OPTIONS,
} from '../../../features/visitor/pass-form';
import { formatPassWindow, PASS_KIND_LABELS } from '../../../features/visitor/pass-labels';
import { visitorCall } from '../../../features/visitor/visitor-call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { ROUTES } from '../../../services/routes';
import { PassStateBadge } from '../pass-state-badge';
import { ShareCard } from '../share-card';
import { DEFAULT_SHARE, shareTitleOf } from '../share-title';
import { DoorPicker } from './door-picker';
import { StartField } from './start-field';
import '../visitor.less';

type Created = OutputOf<typeof visitorContract, 'create'>;
type Draft = Omit<PassFormValues, 'doorIds'> & { doorIds: string[] | null };

/** doorIds null: not touched yet, so every door I may open (up to the limit) is offered ticked. */
const EMPTY: Draft = {
  kind: 'visitor',
  visitorName: '',
  phone: '',
  plate: '',
  doorIds: null,
  start: null,
  hours: '24',
  maxUses: '1',
};

/** 访客通行证: who is coming, which doors, from when and for how long; then the QR code and link to send them. */
export default function CreatePassPage() {
  const { state, reload } = useDoors();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<PassFieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);
  const doors = state.status === 'ok' ? state.doors : [];
  const doorIds = draft.doorIds ?? doors.slice(0, MAX_PASS_DOORS).map((door) => door.doorId);

  useShareAppMessage(() => (created ? { title: shareTitleOf(created), path: created.share.path } : DEFAULT_SHARE));

  const edit = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: undefined }));
  };

  const submit = async () => {
    if (isSending) return;
    const checked = checkPassForm({ ...draft, doorIds }, new Date());
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setFailure(null);
    setIsSending(true);
    try {
      setCreated(await visitorCall('visitor', 'create', checked.data));
    } catch (error) {
      const failed = failureOf(error);
      const fieldErrors = passErrorsOf(failed.issues);
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else setFailure(failed);
    } finally {
      setIsSending(false);
    }
  };

  if (created) {
    return (
      <Page title="通行证已生成">
        <View className="card" id="pass-created" data-state={created.state}>
          <Text className="card__title">
            {created.visitorName}（{PASS_KIND_LABELS[created.kind]}）
            <PassStateBadge state={created.state} />
          </Text>
          <Text className="card__detail">
            有效时间：{formatPassWindow(created.validFrom, created.validUntil)}（北京时间）
          </Text>
          <Text className="card__detail">可用次数：{created.maxUses}次</Text>
          <Text className="card__detail">可通行：{created.doors.map((door) => door.name).join('、')}</Text>
        </View>
        <ShareCard share={created.share} />
        <ActionButton
          testId="pass-again"
          onClick={() => {
            setCreated(null);
            setDraft(EMPTY);
          }}
        >
          再发一张
        </ActionButton>
        <ActionButton onClick={() => void Taro.redirectTo({ url: ROUTES.visitorList })}>
          查看我发出的通行证
        </ActionButton>
      </Page>
    );
  }

  return (
    <Page title="给访客发通行证" intro="访客凭通行证的二维码或链接，在有效时间内自助开门，无需下载或登录。">
      {state.status === 'loading' && <Text className="muted">正在读取您可以开的门…</Text>}
      {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void reload()} />}
      {state.status === 'none' && <NoDoorsNotice reason="no-room" />}
      {state.status === 'ok' && doors.length === 0 && <NoDoorsNotice reason="no-doors" />}
      {doors.length > 0 && (
        <View id="pass-form">
          <ChoiceGroup
            name="pass-kind"
            label="来访类型"
            options={KIND_OPTIONS}
            value={draft.kind}
            onChange={(kind) => edit('kind', kind)}
          />
          <FormField
            name="pass-name"
            label="访客姓名"
            value={draft.visitorName}
            onChange={(value) => edit('visitorName', value)}
            error={errors.visitorName}
            maxLength={20}
          />
          <FormField
            name="pass-phone"
            label="访客手机号（选填）"
            keyboard="phone"
            value={draft.phone}
            onChange={(value) => edit('phone', value)}
            error={errors.phone}
            maxLength={11}
          />
          <FormField
            name="pass-plate"
            label="车牌号（选填）"
            hint="开车来访时填写，如 浙A12345"
            value={draft.plate}
            onChange={(value) => edit('plate', value)}
            error={errors.plate}
            maxLength={8}
          />
          <DoorPicker
            doors={doors}
            selected={doorIds}
            onChange={(ids) => edit('doorIds', ids)}
            error={errors.doorIds}
          />
          <StartField start={draft.start} onChange={(start) => edit('start', start)} error={errors.start} />
          <ChoiceGroup
            name="pass-hours"
            label="有效时长"
            options={DURATION_OPTIONS}
            value={draft.hours}
            onChange={(hours) => edit('hours', hours)}
            error={errors.hours}
          />
          <ChoiceGroup
            name="pass-uses"
            label="可用次数"
            options={USES_OPTIONS}
            value={draft.maxUses}
            onChange={(uses) => edit('maxUses', uses)}
          />
          {failure && <ErrorNotice failure={failure} />}
          <ActionButton variant="primary" testId="create-pass" isBusy={isSending} onClick={() => void submit()}>
            生成通行证
          </ActionButton>
        </View>
      )}
    </Page>
  );
}
