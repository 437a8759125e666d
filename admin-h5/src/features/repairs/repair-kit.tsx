import { REPAIR_STATUSES, type RepairDetail, type RepairSummary } from '@linli/shared';
import { render, screen, within } from '@testing-library/react';
import { mockTransport } from '../../testing/mock-transport';
import { RepairDetailPage } from './repair-detail-page';
import type { WorkerRow } from './repair-labels';

/**
 * What the repair tests share: repairs as the server sends them and a way to read what was sent. Each test file
 * still wires the transport mocks itself (jest.mock must sit in the test file to be hoisted).
 */
const HOUR = 3_600_000;
export const hoursFromNow = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

export function summary(id: string, overrides: Partial<RepairSummary> = {}): RepairSummary {
  return {
    repairId: id,
    number: `BX20261122-${id.slice(-4).padStart(4, '0')}`,
    category: 'water_electric',
    urgency: 'normal',
    status: 'submitted',
    title: '厨房水管漏水',
    locationLabel: '阳光花园 1栋 1单元 101',
    reporterName: '张*',
    createdAt: '2026-11-22T05:00:00.000Z',
    dueAt: hoursFromNow(20),
    isOverdue: false,
    assignee: null,
    reopenCount: 0,
    rating: null,
    ...overrides,
  };
}

export function detail(id: string, overrides: Partial<RepairDetail> = {}): RepairDetail {
  return {
    ...summary(id),
    description: '厨房水槽下的水管接口一直滴水，\n柜子里已经积水。',
    photos: [
      { fileId: 'f-1', url: '/files/f-1?exp=1&sig=a' },
      { fileId: 'f-2', url: null },
    ],
    preferredTime: { from: '2026-11-23T01:00:00.000Z', to: '2026-11-23T04:00:00.000Z' },
    reporterPhone: '13800000001',
    timeline: [
      {
        at: '2026-11-22T05:00:00.000Z',
        action: 'submit',
        actorLabel: '张*（住户）',
        from: null,
        to: 'submitted',
        note: null,
        photos: [],
      },
    ],
    completion: null,
    ratingComment: null,
    mergedInto: null,
    reopenUntil: null,
    can: [],
    ...overrides,
  };
}

export const WORKERS: WorkerRow[] = [
  {
    staffId: 'staff-weixiu',
    name: '李师傅',
    phone: '13800000005',
    isOnDuty: true,
    skills: ['water_electric', 'doors_windows'],
    openJobs: 2,
  },
  {
    staffId: 'staff-wang',
    name: '王师傅',
    phone: '13800000006',
    isOnDuty: false,
    skills: ['elevator'],
    openJobs: 0,
  },
];

/** The inputs sent to `repair.<action>`, in order. */
export function sentTo(action: string): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'repair' && event.action === action)
    .map(([, event]) => event.data);
}

export const NO_COUNTS = Object.fromEntries(REPAIR_STATUSES.map((status) => [status, 0]));

/** The repair page as a dispatcher opens it from the board, once its title is shown. */
export function openRepair(withinId: string | null = 'cpd-1') {
  render(<RepairDetailPage repairId="r-0001" withinId={withinId} back={{ path: '/repairs', label: '报修派单' }} />);
  return screen.findByRole('heading', { level: 1, name: '厨房水管漏水' });
}

/** The labels of the step buttons offered, in order; none when the group is absent. */
export function actionButtons(): string[] {
  const group = screen.queryByRole('group', { name: '处理报修' });
  return group
    ? within(group)
        .getAllByRole('button')
        .map((button) => button.textContent ?? '')
    : [];
}
