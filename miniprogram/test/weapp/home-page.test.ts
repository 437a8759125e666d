import { answerOk, callsTo, pingCalls } from './fixtures';
import { bootApp, type CloudStub, openPage, waitUntil } from './weapp-harness';

describe('weapp build: home page', () => {
  it('renders the title and the service status answered by wx.cloud.callFunction', async () => {
    const cloud: CloudStub = { log: [], answer: answerOk };
    bootApp(cloud);
    const page = openPage('pages/home/index');

    await waitUntil(() => page.text().includes('邻里'));
    await waitUntil(() => page.text().includes('服务连接正常'));
    expect(page.text()).toContain('服务器时间（北京时间）：2026-11-22 13:00:00');
    expect(page.text()).toContain('服务版本：0.1.0');
    expect(page.component.querySelector('#ping-status')).toBeTruthy();
    expect(page.component.querySelector('#ping-retry')).toBeUndefined();

    // The cloud is initialised once at launch, before the page's first call.
    expect(cloud.log[0]).toEqual({ kind: 'init', options: { traceUser: true } });
    expect(cloud.log.filter((entry) => entry.kind === 'init')).toHaveLength(1);
    expect(pingCalls(cloud)).toEqual([{ name: 'system', data: { action: 'ping', data: {} } }]);
    // No session token in WeChat: the resident is known by the OPENID WeChat adds to the call.
    expect(callsTo(cloud, 'auth.me')).toEqual([{ name: 'auth', data: { action: 'me', data: {} } }]);
    await waitUntil(() => page.text().includes('您还没有绑定房屋'));
    page.close();
  });
});
