import { answerFrom, callsTo } from './fixtures';
import { bootApp, type CloudStub, openPage, waitUntil } from './weapp-harness';

const TOKEN = 'pass_4fJ9kQ2mZx7TbW1cR8vN';
const INFO = {
  ok: true,
  data: {
    kind: 'visitor',
    visitorName: '王芳',
    validFrom: '2026-11-22T05:00:00.000Z',
    validUntil: '2026-11-23T05:00:00.000Z',
    maxUses: 1,
    usesLeft: 1,
    state: 'valid',
    doors: [{ doorId: 'dev-cpd-1-gate-1', name: '南门' }],
    hostName: '张*',
    reason: null,
  },
};
const OPENED = { ok: true, data: { doorId: 'dev-cpd-1-gate-1', openedAt: '2026-11-22T05:06:07.000Z', usesLeft: 0 } };

describe('weapp build: the visitor pass page (subpackage)', () => {
  it('opens from a share card with ?token= and lets the visitor open a door', async () => {
    const cloud: CloudStub = { log: [], answer: answerFrom({ 'visitor.info': INFO, 'visitor.open': OPENED }) };
    bootApp(cloud);
    const page = openPage('packages/visitor/pass/index', { token: TOKEN });

    await waitUntil(() => page.text().includes('张* 邀请您来访'));
    expect(page.text()).toContain('有效时间：11月22日 13:00 至 11月23日 13:00（北京时间）');
    // No session token: the pass token in the input is the visitor's credential.
    expect(callsTo(cloud, 'visitor.info')).toEqual([
      { name: 'visitor', data: { action: 'info', data: { token: TOKEN } } },
    ]);

    page.component.querySelector('.door__button')?.dispatchEvent('tap');
    await waitUntil(() => page.text().includes('已开门 13:06:07'));
    expect(callsTo(cloud, 'visitor.open')).toEqual([
      { name: 'visitor', data: { action: 'open', data: { token: TOKEN, doorId: 'dev-cpd-1-gate-1' } } },
    ]);
    page.close();
  });
});
