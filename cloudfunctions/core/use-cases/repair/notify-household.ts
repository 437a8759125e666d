import { chinaDateTime, NOTIFY_TOPICS, REPAIR_CATEGORIES } from '@linli/shared';
import type { Deps } from '../../deps';
import type { RepairDoc } from './collections';

type RepairTopic = (typeof NOTIFY_TOPICS)['repairAssigned' | 'repairResolved'];

/**
 * Tells the reporter their repair moved (assigned, resolved) by subscribe message where they allowed one. Whatever
 * the outcome, the repair already shows the change, so a refused or failed message costs nothing but is logged.
 */
export async function notifyHousehold(
  deps: Pick<Deps, 'notifier' | 'log'>,
  repair: RepairDoc,
  topic: RepairTopic,
): Promise<void> {
  const isAssigned = topic === NOTIFY_TOPICS.repairAssigned;
  const delivery = await deps.notifier.send({
    topic,
    openid: repair.reporterOpenid,
    title: isAssigned ? `您的报修已派单给${repair.assigneeName ?? '维修师傅'}` : '您的报修已处理完成，请确认',
    fields: {
      number: repair.number,
      item: `${REPAIR_CATEGORIES[repair.category].label}：${repair.title}`,
      status: isAssigned ? '已派单' : '待确认',
      worker: repair.assigneeName ?? '',
      time: chinaDateTime(new Date(repair.updatedAt)),
    },
    page: `packages/repair/detail/index?id=${repair._id}`,
    subject: { kind: 'repair', id: repair._id },
  });
  deps.log.log('info', 'repair notice', { repairId: repair._id, topic, status: delivery.status });
}
