import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createFakeCloud } from '../../../../test/fake-cloud';
import { taroStub } from '../../../../test/taro-stub';
import HouseholdPage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const ME = { membershipId: 'm-me', name: '张伟', phone: '13912340001', role: 'owner', status: 'approved', isMe: true };
const FAMILY = {
  membershipId: 'm-li',
  name: '李静',
  phone: '139****0002',
  role: 'family',
  status: 'approved',
  isMe: false,
};
const TENANT = {
  membershipId: 'm-wang',
  name: '王磊',
  phone: '139****0003',
  role: 'tenant',
  status: 'pending',
  isMe: false,
};

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  taroStub.params = { roomId: 'cpd-1-b1-u1-101' };
});

describe('房屋成员', () => {
  it('lists the household and lets the owner remove family and tenants, not themselves', async () => {
    mockCloud.on('membership.household', () => ({
      roomLabel: '阳光花园 1栋 1单元 101',
      members: [ME, FAMILY, TENANT],
    }));
    render(<HouseholdPage />);

    expect(await screen.findByText('张伟（我）')).toBeTruthy();
    expect(screen.getByText('手机号：139****0002')).toBeTruthy();
    expect(screen.queryByText('移除张伟')).toBeNull();
    expect(screen.getByText('移除王磊')).toBeTruthy();

    mockCloud.on('membership.remove', () => ({ removed: true }));
    mockCloud.on('membership.household', () => ({ roomLabel: '阳光花园 1栋 1单元 101', members: [ME, TENANT] }));
    await act(async () => {
      fireEvent.click(screen.getByText('移除李静'));
    });

    expect(taroStub.modals[0]?.content).toContain('确定移除家属「李静」吗？');
    expect(mockCloud.callsTo('membership.remove')).toEqual([{ membershipId: 'm-li' }]);
    await waitFor(() => expect(screen.queryByText('李静')).toBeNull());
  });

  it('removes no one when the owner cancels the dialog', async () => {
    mockCloud.on('membership.household', () => ({ roomLabel: '阳光花园 1栋 1单元 101', members: [ME, FAMILY] }));
    taroStub.confirms = false;
    render(<HouseholdPage />);
    const remove = await screen.findByText('移除李静');
    await act(async () => {
      fireEvent.click(remove);
    });
    expect(mockCloud.callsTo('membership.remove')).toEqual([]);
    expect(screen.getByText('李静')).toBeTruthy();
  });
});
