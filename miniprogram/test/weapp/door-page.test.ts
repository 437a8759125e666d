import { answerFrom, callsTo } from './fixtures';
import { bootApp, type CloudStub, openPage, waitUntil } from './weapp-harness';

const DOORS = {
  ok: true,
  data: {
    doors: [
      { doorId: 'dev-cpd-1-gate-1', name: '南门', kind: 'gate', placeLabel: '阳光花园', uses: 1 },
      { doorId: 'dev-cpd-1-b1-1', name: '1栋1单元', kind: 'unit', placeLabel: '阳光花园 1栋', uses: 7 },
    ],
  },
};
const OPENED = { ok: true, data: { doorId: 'dev-cpd-1-gate-1', openedAt: '2026-11-22T05:06:07.000Z', latencyMs: 380 } };

describe('weapp build: 一键开门', () => {
  it('is in the main package, lists my doors most used first, and opens one through wx.cloud', async () => {
    const cloud: CloudStub = { log: [], answer: answerFrom({ 'door.doors': DOORS, 'door.open': OPENED }) };
    bootApp(cloud);
    const page = openPage('pages/door/index');

    await waitUntil(() => page.text().includes('南门'));
    const text = page.text();
    expect(text.indexOf('1栋1单元')).toBeLessThan(text.indexOf('南门'));
    expect(text).toContain('单元门');
    expect(text).toContain('小区大门');
    expect(callsTo(cloud, 'door.doors')).toEqual([{ name: 'door', data: { action: 'doors', data: {} } }]);

    const south = page.component.querySelector('#door-dev-cpd-1-gate-1');
    expect(south?.dom?.className).toContain('door--idle');
    const buttons = page.component.querySelectorAll('.door__button');
    expect(buttons).toHaveLength(2);
    buttons[1]?.dispatchEvent('tap');

    await waitUntil(() => page.text().includes('已开门 13:06:07'));
    expect(page.component.querySelector('#door-dev-cpd-1-gate-1')?.dom?.className).toContain('door--opened');
    expect(callsTo(cloud, 'door.open')).toEqual([
      { name: 'door', data: { action: 'open', data: { doorId: 'dev-cpd-1-gate-1' } } },
    ]);
    expect(page.text()).toContain('给访客发通行证');
    page.close();
  });
});
