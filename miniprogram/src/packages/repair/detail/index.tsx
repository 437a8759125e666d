import { REPAIR_CATEGORIES, REPAIR_URGENCY_LABELS, type RepairDetail, type RepairStatus } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { roleOf } from '../../../components/a11y';
import { ActionButton } from '../../../components/action-button';
import { ErrorNotice } from '../../../components/error-notice';
import { Page } from '../../../components/page';
import { formatRepairTime, formatTimeWindow } from '../../../features/repair/repair-labels';
import { queryValue, ROUTES, withQuery } from '../../../services/routes';
import { RepairStatusBadge } from '../repair-status-badge';
import { PhotoGrid } from './photo-grid';
import { RatingPanel } from './rating-panel';
import { ReopenPanel } from './reopen-panel';
import { RepairTimeline } from './repair-timeline';
import { useRepairActions } from './use-repair-actions';
import { useRepairDetail } from './use-repair-detail';
import '../repair.less';

/** What each status means for the household, in a sentence. */
const STATUS_HINTS: Record<RepairStatus, string> = {
  submitted: '已提交，等待物业派单',
  reopened: '已重新打开，等待物业重新派单',
  assigned: '已派给维修师傅，等待上门',
  in_progress: '师傅正在维修',
  resolved: '师傅已完工，请确认问题是否解决',
  confirmed: '已完成，感谢您的评价',
  cancelled: '已撤销',
  merged: '与另一条报修重复，已合并处理',
};

function Stars({ rating }: { rating: number }) {
  return (
    <Text className="stars__shown" {...roleOf('img', { 'aria-label': `${rating}星` })}>
      {'★'.repeat(rating)}
      {'☆'.repeat(5 - rating)}
    </Text>
  );
}

function Overview({ repair }: { repair: RepairDetail }) {
  return (
    <View className="card repair-overview" id="repair-overview" data-status={repair.status}>
      <View className="repair-item__head">
        <Text className="repair-item__number" id="repair-number">
          {repair.number}
        </Text>
        <View>
          <RepairStatusBadge status={repair.status} isOverdue={repair.isOverdue} />
        </View>
      </View>
      <Text className="repair-overview__status" id="repair-status">
        {STATUS_HINTS[repair.status]}
      </Text>
      {repair.mergedInto && (
        <ActionButton
          testId="repair-merged-into"
          onClick={() =>
            void Taro.redirectTo({ url: withQuery(ROUTES.repairDetail, { id: repair.mergedInto?.repairId ?? '' }) })
          }
        >
          查看合并后的报修 {repair.mergedInto.number}
        </ActionButton>
      )}
      <Text className="card__detail">
        类别：{REPAIR_CATEGORIES[repair.category].label}（{REPAIR_URGENCY_LABELS[repair.urgency]}）
      </Text>
      <Text className="card__detail">位置：{repair.locationLabel}</Text>
      <Text className="card__detail">提交：{formatRepairTime(repair.createdAt)}</Text>
      {repair.preferredTime && (
        <Text className="card__detail">
          希望上门：{formatTimeWindow(repair.preferredTime.from, repair.preferredTime.to)}
        </Text>
      )}
      <Text className="card__detail" id="repair-assignee">
        维修师傅：{repair.assignee ? repair.assignee.name : '等待派单'}
      </Text>
      <Text className="card__detail">承诺处理时间：{formatRepairTime(repair.dueAt)} 前（北京时间）</Text>
      <Text className="repair-overview__description" id="repair-description">
        {repair.description}
      </Text>
      {repair.photos.length > 0 && <PhotoGrid photos={repair.photos} name="repair" />}
    </View>
  );
}

function Completion({ repair }: { repair: RepairDetail }) {
  if (!repair.completion) return null;
  return (
    <View className="card" id="repair-completion">
      <Text className="card__title">完工说明</Text>
      <Text className="card__detail">{formatRepairTime(repair.completion.at)} 完工</Text>
      <Text className="repair-overview__description">{repair.completion.note}</Text>
      {repair.completion.photos.length > 0 && <PhotoGrid photos={repair.completion.photos} name="completion" />}
      {repair.rating !== null && (
        <View id="repair-rating" data-rating={repair.rating}>
          <Text className="card__detail">
            我的评价：
            <Stars rating={repair.rating} />
          </Text>
          {repair.ratingComment && <Text className="card__detail">{repair.ratingComment}</Text>}
        </View>
      )}
    </View>
  );
}

/**
 * 报修详情: where the report stands, what was reported, what the worker did, and every step on the way. Only the
 * actions the server lists in `can` appear: 撤销 before anyone is assigned, 确认并评价 and 重新打开 once done.
 */
export default function RepairDetailPage() {
  const repairId = queryValue(useRouter().params, 'id');
  const { state, load, replace } = useRepairDetail(repairId);
  const actions = useRepairActions(repairId, replace, load);
  const can = state.status === 'ok' ? state.repair.can : [];

  return (
    <Page title="报修详情">
      {state.status === 'loading' && <Text className="muted">正在读取报修单…</Text>}
      {state.status === 'error' && <ErrorNotice failure={state.failure} onRetry={() => void load()} />}
      {state.status === 'ok' && (
        <View id="repair-detail" data-status={state.repair.status} data-can={can.join(' ')}>
          <Overview repair={state.repair} />
          {actions.failure && <ErrorNotice failure={actions.failure} />}
          {can.includes('confirm') && (
            <RatingPanel repairId={repairId} isBusy={actions.busy === 'confirm'} onConfirm={actions.confirm} />
          )}
          <Completion repair={state.repair} />
          {can.includes('reopen') && (
            <ReopenPanel
              repairId={repairId}
              until={state.repair.reopenUntil}
              isBusy={actions.busy === 'reopen'}
              onReopen={actions.reopen}
            />
          )}
          {can.includes('cancel') && (
            <ActionButton
              variant="danger"
              testId="repair-cancel"
              isBusy={actions.busy === 'cancel'}
              onClick={() => void actions.cancel()}
            >
              撤销报修
            </ActionButton>
          )}
          <RepairTimeline events={state.repair.timeline} />
        </View>
      )}
      <ActionButton testId="repair-detail-list" onClick={() => void Taro.redirectTo({ url: ROUTES.repairList })}>
        我家的报修
      </ActionButton>
    </Page>
  );
}
