import { answerOk, pingCalls } from './fixtures';
import { bootApp, type CloudStub, openPage, waitUntil } from './weapp-harness';

describe('weapp build: home page when the cloud fails', () => {
  it('shows a Chinese error and a 重试 button that calls again', async () => {
    const cloud: CloudStub = {
      log: [],
      answer: async () => {
        throw new Error('cloud.callFunction:fail');
      },
    };
    bootApp(cloud);
    const page = openPage('pages/home/index');

    await waitUntil(() => page.text().includes('暂时连不上服务'));
    expect(page.text()).toContain('服务暂时不可用，请稍后再试');
    expect(page.text()).toContain('服务版本：暂时无法获取');
    expect(pingCalls(cloud)).toHaveLength(1);

    cloud.answer = answerOk;
    const retry = page.component.querySelector('#ping-retry');
    expect(retry?.dom?.textContent).toBe('重试');
    retry?.dispatchEvent('tap');

    await waitUntil(() => page.text().includes('服务连接正常'));
    expect(pingCalls(cloud)).toHaveLength(2);
    expect(page.text()).toContain('服务版本：0.1.0');
    page.close();
  });
});
