import { MAX_IMAGES_PER_REQUEST } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { useRef, useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { useMe } from '../../../features/account/use-me';
import { repairCall as call } from '../../../features/repair/repair-call';
import {
  checkRepairForm,
  type RepairFieldErrors,
  type RepairFormValues,
  repairErrorsOf,
  type SubmitRepairInput,
} from '../../../features/repair/repair-form';
import { CATEGORY_OPTIONS, promiseOf, URGENCY_OPTIONS } from '../../../features/repair/repair-labels';
import { askForRepairNotices, loadNoticeTemplates, type NoticeTemplate } from '../../../features/repair/repair-notices';
import { usePhotoUploads } from '../../../features/repair/use-photo-uploads';
import { currentMembership } from '../../../features/rooms/room-state';
import { type Failure, failureOf } from '../../../services/call-errors';
import { ROUTES, withQuery } from '../../../services/routes';
import { NoRoomNotice } from '../no-room-notice';
import { TextAreaField } from '../text-area-field';
import { LocationField } from './location-field';
import { PhotoField } from './photo-field';
import { TimeWindowField } from './time-window-field';
import '../repair.less';

type Draft = Omit<RepairFormValues, 'photoIds'>;

const EMPTY: Draft = {
  category: null,
  urgency: 'normal',
  locationKind: 'room',
  place: '',
  description: '',
  window: null,
};

/**
 * 报事报修: what broke, how urgent, where, in words and photos, and when a visit suits. At 提交 the resident is
 * asked once whether to hear about progress; whatever they answer, the report goes, and the detail page opens.
 */
export default function SubmitRepairPage() {
  const { state, reload } = useMe();
  const uploads = usePhotoUploads();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<RepairFieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSending, setIsSending] = useState(false);
  const templates = useRef<NoticeTemplate[] | null>(null);
  const hasAsked = useRef(false);
  const room = state.status === 'ok' ? currentMembership(state.me.memberships) : null;

  useLoad(() => {
    void loadNoticeTemplates().then((loaded) => {
      templates.current = loaded;
    });
  });

  const edit = <K extends keyof Draft>(key: K, value: Draft[K], field = key) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  const send = async (asking: Promise<unknown>, data: SubmitRepairInput) => {
    await asking;
    try {
      const detail = await call('repair', 'submit', data);
      await Taro.redirectTo({ url: withQuery(ROUTES.repairDetail, { id: detail.repairId }) });
    } catch (error) {
      const failed = failureOf(error);
      const fieldErrors = repairErrorsOf(failed.issues);
      if (Object.keys(fieldErrors).length > 0) setErrors(fieldErrors);
      else setFailure(failed);
    } finally {
      setIsSending(false);
    }
  };

  // Not async: WeChat's subscribe dialog must be opened within the tap itself, before anything is awaited.
  const submit = () => {
    if (isSending) return;
    const checked = checkRepairForm({ ...draft, photoIds: uploads.fileIds }, new Date());
    const photoProblem = uploads.problem;
    if (!checked.ok || photoProblem) {
      setErrors({ ...(checked.ok ? {} : checked.errors), ...(photoProblem ? { photos: photoProblem } : {}) });
      return;
    }
    setErrors({});
    setFailure(null);
    setIsSending(true);
    const asking = hasAsked.current ? Promise.resolve(null) : askForRepairNotices(templates.current);
    hasAsked.current = true;
    void send(asking, checked.data);
  };

  return (
    <Page title="报事报修" intro="家里或小区里有东西坏了，告诉物业，师傅上门处理。">
      {state.status === 'loading' && <Text className="muted">正在读取您的房屋…</Text>}
      {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void reload()} />}
      {state.status === 'ok' && !room && <NoRoomNotice />}
      {room && (
        <View id="repair-form">
          <ChoiceGroup
            name="repair-category"
            label="报修类别"
            options={CATEGORY_OPTIONS}
            value={draft.category}
            onChange={(category) => edit('category', category)}
            error={errors.category}
          />
          <ChoiceGroup
            name="repair-urgency"
            label="紧急程度"
            options={URGENCY_OPTIONS}
            value={draft.urgency}
            onChange={(urgency) => edit('urgency', urgency)}
            error={errors.urgency}
          />
          <Text className="field__hint repair-form__promise" id="repair-promise">
            {draft.category
              ? promiseOf(draft.category, draft.urgency)
              : '漏水、停电、困梯等影响安全或生活的情况请选“紧急”'}
          </Text>
          <LocationField
            roomLabel={room.roomLabel}
            kind={draft.locationKind}
            place={draft.place}
            onKind={(kind) => edit('locationKind', kind, 'place')}
            onPlace={(place) => edit('place', place)}
            error={errors.place}
          />
          <TextAreaField
            name="repair-description"
            label="问题描述"
            placeholder="如：厨房水龙头一直滴水，关不紧"
            value={draft.description}
            onChange={(description) => edit('description', description)}
            error={errors.description}
            maxLength={500}
          />
          <PhotoField
            photos={uploads.photos}
            max={MAX_IMAGES_PER_REQUEST}
            canAdd={uploads.canAdd}
            notice={uploads.notice}
            error={errors.photos}
            onAdd={() => {
              setErrors((current) => ({ ...current, photos: undefined }));
              void uploads.add();
            }}
            onRemove={(key) => {
              setErrors((current) => ({ ...current, photos: undefined }));
              uploads.remove(key);
            }}
            onRetry={(key) => void uploads.retry(key)}
          />
          <TimeWindowField window={draft.window} onChange={(window) => edit('window', window)} error={errors.window} />
          {failure && <ErrorNotice failure={failure} />}
          <ActionButton variant="primary" testId="repair-submit" isBusy={isSending} onClick={submit}>
            提交报修
          </ActionButton>
          <ActionButton testId="repair-open-list" onClick={() => void Taro.navigateTo({ url: ROUTES.repairList })}>
            我家的报修
          </ActionButton>
        </View>
      )}
    </Page>
  );
}
