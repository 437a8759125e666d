import { answerFrom, callsTo } from './fixtures';
import { bootApp, type CloudStub, openPage, waitUntil } from './weapp-harness';

const EVENT = { from: null, to: 'submitted', note: null, photos: [] };
const RESOLVED = {
  repairId: 'rep-1',
  number: 'BX20261122-0001',
  category: 'water_electric',
  urgency: 'normal',
  status: 'resolved',
  title: '厨房水龙头一直滴水',
  locationLabel: '阳光花园 1栋 1单元 101',
  reporterName: '张伟',
  createdAt: '2026-11-22T05:00:00.000Z',
  dueAt: '2026-11-23T05:00:00.000Z',
  isOverdue: false,
  assignee: { staffId: 'st-weixiu', name: '李师傅' },
  reopenCount: 0,
  rating: null,
  description: '厨房水龙头一直滴水',
  photos: [{ fileId: 'cloud://env/uploads/a.jpg', url: 'https://tmp.example/a.jpg' }],
  preferredTime: null,
  reporterPhone: '13800000001',
  timeline: [
    { ...EVENT, at: '2026-11-22T05:00:00.000Z', action: 'submit', actorLabel: '张伟（住户）' },
    { ...EVENT, at: '2026-11-22T08:30:00.000Z', action: 'finish', actorLabel: '李师傅（维修）', to: 'resolved' },
  ],
  completion: { note: '更换了阀芯', photos: [], at: '2026-11-22T08:30:00.000Z' },
  ratingComment: null,
  mergedInto: null,
  reopenUntil: '2026-11-29T05:00:00.000Z',
  can: ['confirm', 'reopen'],
};
const CONFIRMED = { ...RESOLVED, status: 'confirmed', rating: 5, can: [] };

describe('weapp build: 报修详情 (repair subpackage)', () => {
  it('opens with ?id=, shows the timeline in Beijing time, and confirms with five stars through wx.cloud', async () => {
    const cloud: CloudStub = {
      log: [],
      answer: answerFrom({
        'repair.detail': { ok: true, data: RESOLVED },
        'repair.confirm': { ok: true, data: CONFIRMED },
      }),
    };
    bootApp(cloud, { showToast: () => undefined });
    const page = openPage('packages/repair/detail/index', { id: 'rep-1' });

    await waitUntil(() => page.text().includes('师傅已完工，请确认问题是否解决'));
    expect(page.text()).toContain('维修完成');
    expect(page.text()).toContain('11月22日 16:30 · 李师傅（维修）');
    expect(page.text()).toContain('可在 11月29日 13:00 前重新打开');
    expect(callsTo(cloud, 'repair.detail')).toEqual([
      { name: 'repair', data: { action: 'detail', data: { repairId: 'rep-1' } } },
    ]);

    const stars = page.component.querySelectorAll('.stars__star');
    expect(stars).toHaveLength(5);
    stars[4]?.dispatchEvent('tap');
    await waitUntil(() => page.text().includes('5星 · 非常满意'));
    page.component.querySelector('#repair-rate .button--primary')?.dispatchEvent('tap');

    await waitUntil(() => page.text().includes('已完成，感谢您的评价'));
    expect(callsTo(cloud, 'repair.confirm')).toEqual([
      { name: 'repair', data: { action: 'confirm', data: { repairId: 'rep-1', rating: 5 } } },
    ]);
    expect(page.text()).toContain('★★★★★');
    page.close();
  });
});
