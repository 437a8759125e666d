import type { StaffProfile } from '@linli/shared';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { callNames, cloudAnswering, fail, ok, SCOPES, signIn, staffProfile } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { StaffPage } from './staff-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

const ADMIN = staffProfile({ _id: 'staff-admin', account: 'admin', name: '平台管理员', roles: ['admin'], scope: null });
const WUYE = staffProfile();
const PLACES = {
  root: {
    parent: null,
    items: [{ _id: 'dist-1', kind: 'district', name: '示范区', parentId: null, label: '示范区', childCount: 1 }],
  },
};

function sentData(action: string): unknown {
  return mockTransport.mock.calls.filter(([, event]) => event.action === action).at(-1)?.[1].data;
}

function fillNewAccount(dialog: HTMLElement, account: string): void {
  fireEvent.change(within(dialog).getByLabelText('账号'), { target: { value: account } });
  fireEvent.change(within(dialog).getByLabelText('姓名'), { target: { value: '郑物业' } });
  fireEvent.change(within(dialog).getByLabelText('手机号'), { target: { value: '13800000009' } });
  fireEvent.click(within(dialog).getByRole('checkbox', { name: '物业' }));
  fireEvent.change(within(dialog).getByLabelText('初始密码'), { target: { value: 'Start2026' } });
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn(ADMIN);
});

test('a taken account is shown beside the account field; fixing it creates the account with the picked scope', async () => {
  const created: StaffProfile[] = [];
  mockTransport.mockImplementation(
    cloudAnswering({
      'staff.list': () => ok({ items: [ADMIN, WUYE, ...created], nextCursor: null }),
      'places.children': (data: { parentId: string | null }) =>
        data.parentId === null
          ? ok(PLACES.root)
          : ok({
              parent: null,
              items: [
                {
                  _id: 'cpd-1',
                  kind: 'compound',
                  name: '阳光花园',
                  parentId: 'dist-1',
                  label: '阳光花园',
                  childCount: 3,
                },
              ],
            }),
      'staff.create': (data: { account: string }) => {
        if (data.account === 'wuye')
          return fail('STAFF.ACCOUNT_TAKEN', { issues: [{ path: 'account', message: '该账号已被使用' }] });
        const profile = staffProfile({ _id: 's-new', account: data.account, name: '郑物业' });
        created.push(profile);
        return ok(profile);
      },
    }),
  );
  render(<StaffPage staff={ADMIN} />);
  await screen.findByTestId('staff-staff-wuye');
  expect(screen.getByTestId('staff-staff-admin').textContent).toContain('（我）');

  fireEvent.click(screen.getByRole('button', { name: '新建账号' }));
  const dialog = screen.getByRole('dialog', { name: '新建账号' });
  fireEvent.click(within(dialog).getByRole('button', { name: '创建账号' }));
  expect(within(dialog).getByText('请至少选择一个角色')).toBeTruthy();
  expect(callNames(mockTransport)).not.toContain('staff.create');

  fillNewAccount(dialog, 'wuye');
  fireEvent.click(within(dialog).getByRole('button', { name: '更改' }));
  fireEvent.click(await within(dialog).findByRole('button', { name: /^示范区/ }));
  fireEvent.click(await within(dialog).findByRole('button', { name: /^阳光花园/ }));
  fireEvent.click(await within(dialog).findByRole('button', { name: '选择「阳光花园」' }));
  fireEvent.click(within(dialog).getByRole('button', { name: '创建账号' }));

  const accountField = within(dialog).getByLabelText('账号');
  await waitFor(() => expect(accountField.getAttribute('aria-invalid')).toBe('true'));
  expect(within(dialog).getByText('该账号已被使用')).toBeTruthy();
  expect(sentData('create')).toEqual({
    account: 'wuye',
    name: '郑物业',
    phone: '13800000009',
    roles: ['property'],
    scopePlaceId: 'cpd-1',
    password: 'Start2026',
  });

  fireEvent.change(accountField, { target: { value: 'zheng' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '创建账号' }));

  await screen.findByText('已创建账号 zheng（郑物业）');
  expect(screen.queryByRole('dialog')).toBeNull();
  await screen.findByTestId('staff-s-new');
});

test('editing sends only a changed scope, and an out-of-scope answer is shown in the dialog', async () => {
  const community = staffProfile({
    _id: 's-qian',
    account: 'shequ',
    name: '钱社区',
    roles: ['community'],
    scope: SCOPES.community,
  });
  mockTransport.mockImplementation(
    cloudAnswering({
      'staff.list': ok({ items: [community], nextCursor: null }),
      'staff.update': (data: { disabled?: boolean }) =>
        data.disabled ? fail('AUTH.OUT_OF_SCOPE', { message: '该工作人员不在您的管辖范围内' }) : ok(community),
    }),
  );
  render(<StaffPage staff={ADMIN} />);
  const card = await screen.findByTestId('staff-s-qian');

  fireEvent.click(within(card).getByRole('button', { name: '编辑' }));
  const dialog = screen.getByRole('dialog', { name: '编辑账号：shequ' });
  fireEvent.click(within(dialog).getByRole('checkbox', { name: '网格员' }));
  fireEvent.click(within(dialog).getByRole('checkbox', { name: /停用此账号/ }));
  fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));

  expect((await within(dialog).findByRole('alert')).textContent).toContain('该工作人员不在您的管辖范围内');
  expect(sentData('update')).toEqual({
    staffId: 's-qian',
    name: '钱社区',
    phone: '13800000004',
    roles: ['community', 'grid'],
    disabled: true,
  });
});

test('重置密码 checks the new password locally, then resets it', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'staff.list': ok({ items: [WUYE], nextCursor: null }),
      'staff.resetPassword': ok({ reset: true }),
    }),
  );
  render(<StaffPage staff={ADMIN} />);
  const card = await screen.findByTestId('staff-staff-wuye');

  fireEvent.click(within(card).getByRole('button', { name: '重置密码' }));
  const dialog = screen.getByRole('dialog', { name: '重置密码' });
  fireEvent.change(within(dialog).getByLabelText('新密码'), { target: { value: 'short' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '重置密码' }));
  expect(within(dialog).getByText('密码至少8位')).toBeTruthy();
  expect(callNames(mockTransport)).not.toContain('staff.resetPassword');

  fireEvent.change(within(dialog).getByLabelText('新密码'), { target: { value: 'Reset2026x' } });
  fireEvent.click(within(dialog).getByRole('button', { name: '重置密码' }));

  await screen.findByText('已重置 孙物业 的密码，其原有登录已失效');
  expect(sentData('resetPassword')).toEqual({ staffId: 'staff-wuye', password: 'Reset2026x' });
});
