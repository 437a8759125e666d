import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { typeInto } from '../../../../test/form-input';
import { membership } from '../../../../test/memberships';
import { taroStub } from '../../../../test/taro-stub';
import AcceptInvitePage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const TOKEN = 'tok_0123456789abcdef';
const INFO = {
  roomLabel: '阳光花园 1栋 1单元 101',
  role: 'family',
  inviterName: '张*',
  expiresAt: '2026-11-25T04:00:00.000Z',
  usable: true,
  reason: null,
};

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  taroStub.params = { token: TOKEN };
});

describe('accepting an invitation', () => {
  it('explains why a used or expired invitation cannot be accepted, and offers no form', async () => {
    mockCloud.on('membership.inviteInfo', () => ({ ...INFO, usable: false, reason: '已过期' }));
    render(<AcceptInvitePage />);

    expect(await screen.findByText('此邀请已不能使用：已过期。请向业主重新索取邀请。')).toBeTruthy();
    expect(screen.getByText('张* 邀请您成为该房屋的家属')).toBeTruthy();
    expect(screen.getByText('有效期至 2026-11-25 12:00（北京时间）')).toBeTruthy();
    expect(document.getElementById('accept-form')).toBeNull();
    expect(screen.queryByText('接受邀请', { selector: 'taro-button-core' })).toBeNull();
    expect(mockCloud.callsTo('membership.inviteInfo')).toEqual([{ token: TOKEN }]);
    expect(mockCloud.callsTo('membership.acceptInvite')).toEqual([]);
  });

  it("shows the server's message for a token it does not know", async () => {
    mockCloud.on('membership.inviteInfo', () => {
      throw new FakeFailure('RESOURCE.NOT_FOUND', '邀请不存在，请向业主重新索取');
    });
    render(<AcceptInvitePage />);
    expect(await screen.findByText('邀请不存在，请向业主重新索取')).toBeTruthy();
    expect(document.getElementById('accept-form')).toBeNull();
  });

  it('does not call the server for a link without a token', async () => {
    taroStub.params = {};
    render(<AcceptInvitePage />);
    expect(await screen.findByText('邀请链接不完整，请向业主重新索取')).toBeTruthy();
    expect(mockCloud.calls).toEqual([]);
  });

  it('checks the form, then joins the room', async () => {
    mockCloud.on('membership.inviteInfo', () => INFO);
    mockCloud.on('membership.acceptInvite', () =>
      membership({ roomId: 'cpd-1-b1-u1-101', roomLabel: INFO.roomLabel, role: 'family', isCurrent: true }),
    );
    render(<AcceptInvitePage />);
    await screen.findByText('张* 邀请您成为该房屋的家属');

    await typeInto('phone', '139');
    await act(async () => {
      fireEvent.click(screen.getByText('接受邀请', { selector: 'taro-button-core' }));
    });
    expect(screen.getByText('请填写姓名')).toBeTruthy();
    expect(screen.getByText('请输入正确的手机号')).toBeTruthy();
    expect(mockCloud.callsTo('membership.acceptInvite')).toEqual([]);

    await typeInto('name', '李静');
    await typeInto('phone', '13912340002');
    await act(async () => {
      fireEvent.click(screen.getByText('接受邀请', { selector: 'taro-button-core' }));
    });

    await waitFor(() => expect(document.getElementById('invite-joined')).not.toBeNull());
    expect(mockCloud.callsTo('membership.acceptInvite')).toEqual([
      { token: TOKEN, name: '李静', phone: '13912340002' },
    ]);
    expect(screen.getByText('身份：家属')).toBeTruthy();
  });
});
