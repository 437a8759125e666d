import { idNumberCheckChar } from '@linli/shared';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createFakeCloud, FakeFailure } from '../../../../test/fake-cloud';
import { inputOf, typeInto } from '../../../../test/form-input';
import { membership } from '../../../../test/memberships';
import { taroStub } from '../../../../test/taro-stub';
import BindApplyPage from './index';

const mockCloud = createFakeCloud();
jest.mock('../../../services/call', () => {
  const { contracts, createClient } = jest.requireActual('@linli/shared');
  return { call: createClient({ contracts, transport: (fn: string, event: never) => mockCloud.transport(fn, event) }) };
});

const first17 = '33010819900101123';
const VALID_ID = first17 + idNumberCheckChar(first17);
const WRONG_CHECK_ID = first17 + (VALID_ID.endsWith('0') ? '1' : '0');

async function submit(): Promise<void> {
  await act(async () => {
    fireEvent.click(screen.getByText('提交申请'));
  });
}

const errorOf = (name: string) => document.querySelector(`[data-testid="field-${name}-error"]`)?.textContent;

beforeEach(() => {
  mockCloud.reset();
  taroStub.reset();
  taroStub.params = { roomId: 'cpd-1-b2-u1-101', label: encodeURIComponent('阳光花园 2栋 1单元 101') };
});

describe('binding form', () => {
  it('shows the room being applied for', () => {
    render(<BindApplyPage />);
    expect(document.getElementById('apply-room-label')?.textContent).toBe('阳光花园 2栋 1单元 101');
  });

  it('shows each field its Chinese message and sends nothing when the phone and ID number are wrong', async () => {
    render(<BindApplyPage />);
    await typeInto('name', '陈晨');
    await typeInto('phone', '1391234');
    await typeInto('idNumber', WRONG_CHECK_ID);
    await submit();

    expect(errorOf('phone')).toBe('请输入正确的手机号');
    expect(errorOf('idNumber')).toBe('身份证号码不正确');
    expect(errorOf('role')).toBe('请选择您的身份');
    expect(errorOf('name')).toBeUndefined();
    expect(mockCloud.calls).toEqual([]);
    expect(taroStub.navigations).toEqual([]);
  });

  it('masks the ID number once typed, and shows it in full again while it is being edited', async () => {
    render(<BindApplyPage />);
    await typeInto('idNumber', VALID_ID);
    const input = await inputOf('idNumber');
    await waitFor(() => expect(input.value).toBe(`330***********${VALID_ID.slice(-4)}`));

    await act(async () => {
      fireEvent.focus(input);
    });
    await waitFor(() => expect(input.value).toBe(VALID_ID));
  });

  it('submits a valid application and opens the result page', async () => {
    mockCloud.on('membership.apply', () =>
      membership({ roomId: 'cpd-1-b2-u1-101', roomLabel: '阳光花园 2栋 1单元 101', status: 'pending' }),
    );
    render(<BindApplyPage />);
    await typeInto('name', '陈晨');
    await typeInto('phone', '13912340004');
    await typeInto('idNumber', VALID_ID.toLowerCase());
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '业主' }));
    });
    await submit();

    await waitFor(() => expect(taroStub.navigations).toHaveLength(1));
    expect(mockCloud.callsTo('membership.apply')).toEqual([
      { roomId: 'cpd-1-b2-u1-101', role: 'owner', name: '陈晨', phone: '13912340004', idNumber: VALID_ID },
    ]);
    expect(taroStub.navigations[0]).toBe(
      `redirectTo /packages/room/result/index?label=${encodeURIComponent('阳光花园 2栋 1单元 101')}&role=owner`,
    );
  });

  it("puts the server's field issues under their fields and shows its message", async () => {
    mockCloud.on('membership.apply', () => {
      throw new FakeFailure('VALIDATION.FAILED', '提交的内容有误，请检查后重试', [
        { path: 'phone', message: '该手机号已登记为其他住户' },
      ]);
    });
    render(<BindApplyPage />);
    await typeInto('name', '陈晨');
    await typeInto('phone', '13912340004');
    await typeInto('idNumber', VALID_ID);
    await act(async () => {
      fireEvent.click(screen.getByRole('radio', { name: '租户' }));
    });
    await submit();

    await waitFor(() => expect(errorOf('phone')).toBe('该手机号已登记为其他住户'));
    expect(screen.getByText('提交的内容有误，请检查后重试')).toBeTruthy();
    expect(taroStub.navigations).toEqual([]);
  });
});
