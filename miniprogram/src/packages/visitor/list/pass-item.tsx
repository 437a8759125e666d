import type { OutputOf, visitorContract } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { ActionButton } from '../../../components/action-button';
import { formatPassWindow, isRevocable, PASS_KIND_LABELS } from '../../../features/visitor/pass-labels';
import { formatShanghaiTime } from '../../../utils/format-shanghai-time';
import { PassStateBadge } from '../pass-state-badge';
import { ShareCard } from '../share-card';

export type MinePass = OutputOf<typeof visitorContract, 'mine'>['items'][number];

interface Props {
  pass: MinePass;
  isSharing: boolean;
  isBusy: boolean;
  onShare: (pass: MinePass) => void;
  onRevoke: (pass: MinePass) => void;
}

/** One pass I sent: for whom, its state, the window, uses left and where it was used; share again or revoke it. */
export function PassItem({ pass, isSharing, isBusy, onShare, onRevoke }: Props) {
  return (
    <View className="card" id={`pass-${pass.passId}`} data-state={pass.state}>
      <Text className="card__title">
        {pass.visitorName}（{PASS_KIND_LABELS[pass.kind]}）
        <PassStateBadge state={pass.state} />
      </Text>
      <Text className="card__detail">有效时间：{formatPassWindow(pass.validFrom, pass.validUntil)}</Text>
      <Text className="card__detail">
        剩余次数：{pass.usesLeft} / {pass.maxUses}
      </Text>
      <Text className="card__detail">可通行：{pass.doors.map((door) => door.name).join('、')}</Text>
      <View className="pass__uses">
        {pass.uses.length === 0 && <Text className="pass__use">尚未使用</Text>}
        {pass.uses.map((use) => (
          <Text key={`${use.at}-${use.doorName}`} className="pass__use">
            {formatShanghaiTime(use.at, 'M月D日 HH:mm')} 通过 {use.doorName}
          </Text>
        ))}
      </View>
      {pass.share && !isSharing && (
        <ActionButton testId={`share-${pass.passId}`} onClick={() => onShare(pass)}>
          再次分享
        </ActionButton>
      )}
      {pass.share && isSharing && <ShareCard share={pass.share} />}
      {isRevocable(pass.state) && (
        <ActionButton variant="danger" testId={`revoke-${pass.passId}`} isBusy={isBusy} onClick={() => onRevoke(pass)}>
          作废
        </ActionButton>
      )}
    </View>
  );
}
