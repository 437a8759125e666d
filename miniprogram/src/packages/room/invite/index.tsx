import { MEMBERSHIP_ROLE_LABELS } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { ActionButton } from '../../../components/action-button';
import { ChoiceGroup } from '../../../components/choice-group';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { call } from '../../../services/call';
import { type Failure, failureOf } from '../../../services/call-errors';
import { isWeapp } from '../../../services/config';
import { queryValue } from '../../../services/routes';
import { formatShanghaiTime } from '../../../utils/format-shanghai-time';
import './index.less';

type InviteRole = 'family' | 'tenant';
const ROLE_OPTIONS = [
  { value: 'family', label: '家属' },
  { value: 'tenant', label: '租户' },
] as const;
const VALIDITY_OPTIONS = [
  { value: '24', label: '1天' },
  { value: '72', label: '3天' },
  { value: '168', label: '7天' },
] as const;
type Validity = (typeof VALIDITY_OPTIONS)[number]['value'];

interface Created {
  path: string;
  expiresAt: string;
  role: InviteRole;
}

/** The browser build has no WeChat share sheet: the link is shown to copy instead. */
function linkOf(path: string): string {
  return isWeapp ? path : `${window.location.origin}${path}`;
}

/** 邀请家人/租户: the owner picks a role and how long the link lasts, then shares the one-use link. */
export default function InvitePage() {
  const params = useRouter().params;
  const roomId = queryValue(params, 'roomId');
  const label = queryValue(params, 'label');
  const [role, setRole] = useState<InviteRole | null>(null);
  const [validity, setValidity] = useState<Validity>('72');
  const [roleError, setRoleError] = useState<string | undefined>();
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSending, setIsSending] = useState(false);
  const [created, setCreated] = useState<Created | null>(null);

  useShareAppMessage(() =>
    created
      ? { title: `邀请您成为「${label}」的${MEMBERSHIP_ROLE_LABELS[created.role]}`, path: created.path }
      : { title: '邻里 · 社区生活，一处办理' },
  );

  const create = async () => {
    if (!role) {
      setRoleError('请选择邀请的身份');
      return;
    }
    setFailure(null);
    setIsSending(true);
    try {
      const result = await call('membership', 'invite', { roomId, role, expiresInHours: Number(validity) });
      setCreated({ path: result.path, expiresAt: result.expiresAt, role });
    } catch (error) {
      setFailure(failureOf(error));
    } finally {
      setIsSending(false);
    }
  };

  if (created) {
    const link = linkOf(created.path);
    return (
      <Page title="邀请已生成" intro={label || undefined}>
        <View className="card" id="invite-created">
          <Text className="card__title">邀请身份：{MEMBERSHIP_ROLE_LABELS[created.role]}</Text>
          <Text className="card__detail">
            有效期至 {formatShanghaiTime(created.expiresAt, 'YYYY-MM-DD HH:mm')}（北京时间）
          </Text>
          <Text className="card__detail">链接只能使用一次，对方打开后填写姓名和手机号即可加入。</Text>
        </View>
        {isWeapp ? (
          <ActionButton variant="primary" openType="share" testId="invite-share" onClick={() => undefined}>
            发送给微信好友
          </ActionButton>
        ) : (
          <View className="card">
            <Text className="muted">复制下面的链接发给对方：</Text>
            <Text className="invite__link" id="invite-link" userSelect>
              {link}
            </Text>
            <ActionButton
              variant="primary"
              testId="invite-copy"
              onClick={() => void Taro.setClipboardData({ data: link })}
            >
              复制链接
            </ActionButton>
          </View>
        )}
        <ActionButton onClick={() => setCreated(null)}>再邀请一位</ActionButton>
      </Page>
    );
  }

  return (
    <Page title="邀请家人/租户" intro={label || undefined}>
      <ChoiceGroup
        name="invite-role"
        label="邀请对方作为"
        options={ROLE_OPTIONS}
        value={role}
        onChange={(value) => {
          setRole(value);
          setRoleError(undefined);
        }}
        error={roleError}
      />
      <ChoiceGroup
        name="invite-validity"
        label="链接有效期"
        options={VALIDITY_OPTIONS}
        value={validity}
        onChange={setValidity}
      />
      {failure && <ErrorNotice failure={failure} />}
      <ActionButton variant="primary" testId="create-invite" isBusy={isSending} onClick={() => void create()}>
        生成邀请
      </ActionButton>
    </Page>
  );
}
