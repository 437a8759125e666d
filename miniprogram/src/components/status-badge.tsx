import { MEMBERSHIP_STATUS_LABELS, type MembershipStatus } from '@linli/shared';
import { Text } from '@tarojs/components';

/** 待审核 / 已认证 / 未通过 / 已解除, coloured by status; `data-status` is the stable hook for tests. */
export function StatusBadge({ status }: { status: MembershipStatus }) {
  return (
    <Text className={`badge badge--${status}`} data-status={status}>
      {MEMBERSHIP_STATUS_LABELS[status]}
    </Text>
  );
}
