import { answerFrom, callsTo, ME_WITH_ROOMS, PING_OK, VERSION_OK } from './fixtures';
import { bootApp, type CloudStub, openPage, waitUntil } from './weapp-harness';

describe('weapp build: 我的', () => {
  it("lists my rooms from auth.me, in care mode because WeChat's font is large, with no demo sign-in", async () => {
    const cloud: CloudStub = {
      log: [],
      answer: answerFrom({
        'auth.me': ME_WITH_ROOMS,
        'system.ping': PING_OK,
        'system.version': VERSION_OK,
        'membership.cancel': { ok: true, data: { ...ME_WITH_ROOMS.data.memberships[1], status: 'revoked' } },
      }),
    };
    const modals: unknown[] = [];
    bootApp(cloud, {
      getAppBaseInfo: () => ({ SDKVersion: '3.5.0', language: 'zh_CN', fontSizeSetting: 22 }),
      showModal: (options: { success?: (res: unknown) => void; complete?: (res: unknown) => void }) => {
        modals.push(options);
        const res = { confirm: true, cancel: false, errMsg: 'showModal:ok' };
        options.success?.(res);
        options.complete?.(res);
      },
    });
    const page = openPage('pages/me/index');

    await waitUntil(() => page.text().includes('阳光花园 1栋 1单元 101'));
    expect(page.text()).toContain('您好，张伟');
    expect(page.text()).toContain('已认证');
    expect(page.text()).toContain('当前房屋');
    expect(page.text()).toContain('邀请家人/租户');
    expect(page.text()).toContain('阳光花园 2栋 1单元 302');
    expect(page.text()).toContain('待审核');
    expect(page.text()).not.toContain('选择演示账号');
    expect(callsTo(cloud, 'auth.me')).toEqual([{ name: 'auth', data: { action: 'me', data: {} } }]);

    // WeChat's font setting (22 px) switched care mode on for the page root.
    const root = page.component.querySelector('.page');
    expect(root?.dom?.className).toContain('page--care');

    const withdraw = page.component.querySelector('.button--danger');
    expect(withdraw?.dom?.textContent).toBe('撤回申请');
    withdraw?.dispatchEvent('tap');
    await waitUntil(() => callsTo(cloud, 'membership.cancel').length === 1);
    expect(modals).toHaveLength(1);
    expect(callsTo(cloud, 'membership.cancel')[0]?.data).toEqual({ action: 'cancel', data: { membershipId: 'm-302' } });
    await waitUntil(() => callsTo(cloud, 'auth.me').length === 2);
    page.close();
  });
});
