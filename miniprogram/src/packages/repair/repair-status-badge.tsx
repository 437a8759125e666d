import { REPAIR_STATUS_LABELS, type RepairStatus } from '@linli/shared';
import { Text } from '@tarojs/components';

/** 待派单 / 维修中 / 待确认 …, coloured by how far along it is; `data-status` is the stable hook for tests. */
export function RepairStatusBadge({ status, isOverdue }: { status: RepairStatus; isOverdue: boolean }) {
  return (
    <>
      <Text className={`badge repair-badge--${status}`} data-status={status}>
        {REPAIR_STATUS_LABELS[status]}
      </Text>
      {isOverdue && (
        <Text className="badge repair-badge--overdue" data-overdue="true">
          已超时
        </Text>
      )}
    </>
  );
}
