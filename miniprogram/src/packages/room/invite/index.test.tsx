import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { taroStub } from '../../../../test/taro-stub';
import InvitePage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const PATH = '/packages/room/accept-invite/index?token=tok_0123456789abcdef';

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  taroStub.params = { roomId: 'cpd-1-b1-u1-101', label: '阳光花园 1栋 1单元 101' };
});

async function click(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text));
  });
}

describe('inviting family or a tenant', () => {
  it('asks for the role before creating anything', async () => {
    render(<InvitePage />);
    await click('生成邀请');
    expect(screen.getByText('请选择邀请的身份')).toBeTruthy();
    expect(mockCloud.calls).toEqual([]);
  });

  it('creates a link for the chosen role and validity, shows it to copy, and shares it in WeChat', async () => {
    mockCloud.on('membership.invite', () => ({
      token: 'tok_0123456789abcdef',
      expiresAt: '2026-11-29T04:00:00.000Z',
      path: PATH,
    }));
    render(<InvitePage />);
    await click('租户');
    await click('7天');
    await click('生成邀请');

    await waitFor(() => expect(document.getElementById('invite-created')).not.toBeNull());
    expect(mockCloud.callsTo('membership.invite')).toEqual([
      { roomId: 'cpd-1-b1-u1-101', role: 'tenant', expiresInHours: 168 },
    ]);
    expect(screen.getByText('有效期至 2026-11-29 12:00（北京时间）')).toBeTruthy();
    expect(document.getElementById('invite-link')?.textContent).toBe(`http://localhost${PATH}`);
    expect(taroStub.share?.()).toEqual({ title: '邀请您成为「阳光花园 1栋 1单元 101」的租户', path: PATH });
  });

  it("shows the server's refusal", async () => {
    mockCloud.on('membership.invite', () => {
      throw new FakeFailure('AUTH.FORBIDDEN', '只有该房屋已认证的业主可以邀请成员');
    });
    render(<InvitePage />);
    await click('家属');
    await click('生成邀请');
    expect(await screen.findByText('只有该房屋已认证的业主可以邀请成员')).toBeTruthy();
    expect(document.getElementById('invite-created')).toBeNull();
  });
});
