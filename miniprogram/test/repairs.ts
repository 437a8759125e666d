import type { RepairAction, RepairDetail, RepairStatus, RepairSummary } from '@linli/shared';

/** Repairs as the repair function shapes them, for page tests. Times are UTC; 05:00Z is 13:00 in Beijing. */
export function repairSummary(overrides: Partial<RepairSummary> = {}): RepairSummary {
  return {
    repairId: 'rep-1',
    number: 'BX20261122-0001',
    category: 'water_electric',
    urgency: 'normal',
    status: 'submitted',
    title: '厨房水龙头一直滴水',
    locationLabel: '阳光花园 1栋 1单元 101',
    reporterName: '张伟',
    createdAt: '2026-11-22T05:00:00.000Z',
    dueAt: '2026-11-23T05:00:00.000Z',
    isOverdue: false,
    assignee: null,
    reopenCount: 0,
    rating: null,
    ...overrides,
  };
}

const SUBMITTED_EVENT = {
  at: '2026-11-22T05:00:00.000Z',
  action: 'submit' as const,
  actorLabel: '张伟（住户）',
  from: null,
  to: 'submitted' as RepairStatus,
  note: '水电报修',
  photos: [],
};

export function repairDetail(
  overrides: Partial<RepairDetail> & { status?: RepairStatus; can?: RepairAction[] } = {},
): RepairDetail {
  return {
    ...repairSummary(),
    description: '厨房水龙头一直滴水\n关不紧',
    photos: [{ fileId: 'f-1', url: '/files/f-1?exp=1&sig=a' }],
    preferredTime: null,
    reporterPhone: '13800000001',
    timeline: [SUBMITTED_EVENT],
    completion: null,
    ratingComment: null,
    mergedInto: null,
    reopenUntil: null,
    can: ['cancel'],
    ...overrides,
  };
}

/** Done by the worker, waiting for the household: confirm or reopen until 11月29日 13:00 Beijing time. */
export function resolvedRepair(overrides: Partial<RepairDetail> = {}): RepairDetail {
  return repairDetail({
    status: 'resolved',
    assignee: { staffId: 'st-weixiu', name: '李师傅' },
    timeline: [
      SUBMITTED_EVENT,
      {
        at: '2026-11-22T06:00:00.000Z',
        action: 'assign',
        actorLabel: '王*（物业）',
        from: 'submitted',
        to: 'assigned',
        note: '派给 李师傅',
        photos: [],
      },
      {
        at: '2026-11-22T08:30:00.000Z',
        action: 'finish',
        actorLabel: '李师傅（维修）',
        from: 'in_progress',
        to: 'resolved',
        note: '更换了阀芯',
        photos: [{ fileId: 'f-2', url: '/files/f-2?exp=1&sig=b' }],
      },
    ],
    completion: {
      note: '更换了阀芯',
      photos: [{ fileId: 'f-2', url: '/files/f-2?exp=1&sig=b' }],
      at: '2026-11-22T08:30:00.000Z',
    },
    reopenUntil: '2026-11-29T05:00:00.000Z',
    can: ['confirm', 'reopen'],
    ...overrides,
  });
}
