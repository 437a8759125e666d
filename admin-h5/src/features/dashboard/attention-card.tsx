import {
  doorContract,
  membershipContract,
  type OutputOf,
  type RepairSummary,
  repairContract,
  type StaffProfile,
} from '@linli/shared';
import { useCallback } from 'react';
import { canUse } from '../../api/access';
import { call } from '../../api/call';
import { pageInput } from '../../api/page-input';
import { type AttentionLine, AttentionLines, type Tally } from './attention-lines';
import './attention-card.css';

/** The most a list action answers in one page; a next cursor past it is shown as `100+`. */
const PAGE_MAX = 100;

const pageTally = (page: { items: unknown[]; nextCursor: string | null }): Tally => ({
  count: page.items.length,
  isMore: page.nextCursor !== null,
});
const exactly = (count: number): Tally => ({ count, isMore: false });

type Board = OutputOf<typeof repairContract, 'board'>;

const APPLICATION_LINES: readonly AttentionLine<{ items: unknown[]; nextCursor: string | null }>[] = [
  {
    label: '待审核的入住申请',
    none: '没有待审核的申请',
    unit: '份',
    path: '/approvals',
    tone: 'primary',
    tallyOf: pageTally,
  },
];

// The board does not read a column or the overdue switch from its address, so both lines open it as it starts:
// on 待派单, with the overdue total beside 只看超时.
const REPAIR_LINES: readonly AttentionLine<Board>[] = [
  {
    label: '待派单的报修',
    none: '没有待派单的报修',
    unit: '单',
    path: '/repairs',
    tone: 'primary',
    tallyOf: (board) => exactly(board.counts.submitted),
  },
  {
    label: '已超时的报修',
    none: '没有超时的报修',
    unit: '单',
    path: '/repairs',
    tone: 'danger',
    tallyOf: (board) => exactly(board.overdue),
  },
];

const JOB_LINES: readonly AttentionLine<{ items: RepairSummary[]; nextCursor: string | null }>[] = [
  {
    label: '我待处理的工单',
    none: '手上没有待处理的工单',
    unit: '单',
    path: '/jobs',
    tone: 'primary',
    tallyOf: pageTally,
  },
];

const DEVICE_LINES: readonly AttentionLine<OutputOf<typeof doorContract, 'devices'>>[] = [
  {
    label: '离线的门禁设备',
    none: '没有离线的门禁设备',
    unit: '台',
    path: '/doors',
    tone: 'danger',
    tallyOf: ({ devices }) => exactly(devices.filter((device) => device.isOnline === false).length),
  },
];

const loadJobs = () => call('repair', 'jobs', { limit: PAGE_MAX });

interface AttentionCardProps {
  staff: StaffProfile;
  /** The node narrowed to with the scope switcher, so each count matches the page its line opens. */
  withinId: string | null;
}

/**
 * 需要处理: what is waiting for this staff member, each line a link to the page where they act. A line appears only
 * when their roles may call the action behind it (the contract's roles, as the navigation decides), and its number
 * is the server's answer.
 */
export function AttentionCard({ staff, withinId }: AttentionCardProps) {
  const loadApplications = useCallback(
    () => call('membership', 'queue', pageInput(PAGE_MAX, null, { within: withinId })),
    [withinId],
  );
  // One row is enough: the counts and the overdue total come with every page of the board.
  const loadBoard = useCallback(() => call('repair', 'board', pageInput(1, null, { within: withinId })), [withinId]);
  const loadDevices = useCallback(() => call('door', 'devices', withinId ? { within: withinId } : {}), [withinId]);
  const may = (roles: Parameters<typeof canUse>[1]) => canUse(staff.roles, roles);

  return (
    <section className="card attention" aria-labelledby="attention-title">
      <h2 id="attention-title" className="card__title">
        需要处理
      </h2>
      <ul className="attention__lines">
        {may(membershipContract.actions.queue.roles) ? (
          <AttentionLines load={loadApplications} lines={APPLICATION_LINES} />
        ) : null}
        {may(repairContract.actions.board.roles) ? <AttentionLines load={loadBoard} lines={REPAIR_LINES} /> : null}
        {may(repairContract.actions.jobs.roles) ? <AttentionLines load={loadJobs} lines={JOB_LINES} /> : null}
        {may(doorContract.actions.devices.roles) ? <AttentionLines load={loadDevices} lines={DEVICE_LINES} /> : null}
      </ul>
    </section>
  );
}
