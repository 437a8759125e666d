import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { taroStub } from '../../../../test/taro-stub';
import { SESSION_STORAGE_KEY } from '../../../services/config';
import DevLoginPage from './index';

const ACCOUNTS = {
  residents: [
    { openid: 'demo-owner-zhang', name: '张伟', note: '业主，已认证' },
    { openid: 'demo-new-chen', name: '陈晨', note: '尚未绑定房屋' },
  ],
  staff: [{ account: 'wuye', name: '孙物业' }],
};

beforeEach(() => {
  taroStub.reset();
});

describe('选择演示账号 (browser build of the local stack)', () => {
  it('lists the demo residents, signs in as the chosen one and goes back to the page that sent me', async () => {
    taroStub.pageDepth = 2;
    const requests: string[] = [];
    taroStub.respond = ({ url, method, data }) => {
      requests.push(`${method} ${url} ${JSON.stringify(data ?? null)}`);
      if (url === '/api/dev/accounts') return { statusCode: 200, data: ACCOUNTS };
      return {
        statusCode: 200,
        data: { ok: true, data: { token: 'dev-token-chen', expiresAt: '2026-11-23T00:00:00.000Z' } },
      };
    };
    render(<DevLoginPage />);

    const chen = await screen.findByTestId('dev-account-demo-new-chen');
    expect(screen.getByText('尚未绑定房屋')).toBeTruthy();
    await act(async () => {
      fireEvent.click(chen);
    });

    await waitFor(() => expect(taroStub.navigations).toEqual(['navigateBack']));
    expect(taroStub.storage.get(SESSION_STORAGE_KEY)).toBe('dev-token-chen');
    expect(requests).toEqual(['GET /api/dev/accounts null', 'POST /api/dev/login {"openid":"demo-new-chen"}']);
  });

  it('opened directly, starts over at 首页 after signing in', async () => {
    taroStub.respond = ({ url }) =>
      url === '/api/dev/accounts'
        ? { statusCode: 200, data: ACCOUNTS }
        : { statusCode: 200, data: { token: 'dev-token-zhang', expiresAt: '2026-11-23T00:00:00.000Z' } };
    render(<DevLoginPage />);
    const zhang = await screen.findByText('张伟');
    await act(async () => {
      fireEvent.click(zhang);
    });
    await waitFor(() => expect(taroStub.navigations).toEqual(['reLaunch /pages/home/index']));
    expect(taroStub.storage.get(SESSION_STORAGE_KEY)).toBe('dev-token-zhang');
  });

  it('says it only works in the local demo when the server has no such endpoints', async () => {
    taroStub.respond = () => ({
      statusCode: 404,
      data: { ok: false, error: { code: 'FN.NOT_FOUND', message: '功能不存在', requestId: 'r' } },
    });
    render(<DevLoginPage />);
    expect(await screen.findByText('仅本地演示环境可用')).toBeTruthy();
    expect(taroStub.storage.get(SESSION_STORAGE_KEY)).toBeUndefined();
  });
});
