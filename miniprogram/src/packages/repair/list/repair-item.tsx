import { REPAIR_CATEGORIES, type RepairSummary } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { tappable } from '../../../components/a11y';
import { formatRepairTime } from '../../../features/repair/repair-labels';
import { RepairStatusBadge } from '../repair-status-badge';

/** One report in the list: where it stands (and whether it is late), its number and title, when it was made. */
export function RepairItem({ repair, onOpen }: { repair: RepairSummary; onOpen: (repair: RepairSummary) => void }) {
  return (
    <View
      className="card repair-item"
      id={`repair-${repair.repairId}`}
      data-testid="repair-item"
      data-status={repair.status}
      onClick={() => onOpen(repair)}
      {...tappable('link')}
    >
      <View className="repair-item__head">
        <Text className="repair-item__number">{repair.number}</Text>
        <View>
          <RepairStatusBadge status={repair.status} isOverdue={repair.isOverdue} />
        </View>
      </View>
      <Text className="card__title">{repair.title}</Text>
      <Text className="card__detail">
        {REPAIR_CATEGORIES[repair.category].label} · {repair.locationLabel}
      </Text>
      <Text className="card__detail">提交于 {formatRepairTime(repair.createdAt)}</Text>
    </View>
  );
}
