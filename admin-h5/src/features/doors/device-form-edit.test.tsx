import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { fail, ok } from '../../testing/fake-cloud';
import { answer, probed, ready, STORED_B3, save, saveCalls, startClean, type } from './device-form-kit';
import { DeviceFormPage } from './device-form-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

// Editing a registered controller: what is shown, and what an edit sends.
beforeEach(startClean);

test('editing shows what is stored, password blank, and a blank password is left out of the save', async () => {
  answer(ok({ device: probed({ deviceId: 'dev-cpd-1-b3', name: '3栋单元门' }) }), {
    'door.device': ok({ device: STORED_B3 }),
  });
  render(<DeviceFormPage deviceId="dev-cpd-1-b3" />);

  await waitFor(() => expect(screen.getByLabelText('设备名称')).toHaveProperty('value', '3栋单元门'));
  await ready('单元');
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('编辑门禁设备');
  expect(screen.getByLabelText('海康威视')).toHaveProperty('checked', true);
  expect(screen.getByLabelText('所在小区')).toHaveProperty('value', 'cpd-1');
  expect(screen.getByLabelText('楼栋')).toHaveProperty('value', 'b-3');
  expect(screen.getByLabelText('设备地址')).toHaveProperty('value', 'http://10.0.3.1');
  expect(screen.getByLabelText('账号')).toHaveProperty('value', 'admin');
  const password = screen.getByLabelText('密码');
  expect(password).toHaveProperty('value', '');
  expect(password.getAttribute('placeholder')).toBe('不修改请留空');
  expect(screen.getAllByLabelText('单元').map((select) => (select as HTMLSelectElement).value)).toEqual([
    'u-31',
    'u-32',
  ]);

  fireEvent.click(screen.getByRole('button', { name: '移除第 1 扇门' }));
  save();

  await screen.findByText(/设备在线/);
  expect(saveCalls()).toEqual([
    {
      deviceId: 'dev-cpd-1-b3',
      vendor: 'hikvision',
      name: '3栋单元门',
      compoundId: 'cpd-1',
      buildingId: 'b-3',
      baseUrl: 'http://10.0.3.1',
      username: 'admin',
      doors: [{ doorNo: 2, name: '2单元', unitId: 'u-32' }],
    },
  ]);
});

test('a device of a compound beyond the listed ones still shows its compound when edited', async () => {
  const farAway = { ...STORED_B3, compoundId: 'cpd-77', compoundLabel: '远山小区', buildingId: undefined, doors: [] };
  answer(ok({ device: probed() }), {
    'door.device': ok({ device: { ...farAway, doors: [{ doorNo: 1, name: '大门' }] } }),
  });
  render(<DeviceFormPage deviceId="dev-cpd-1-b3" />);
  await waitFor(() => expect(screen.getByLabelText('设备名称')).toHaveProperty('value', '3栋单元门'));
  await waitFor(() => expect(screen.getByLabelText('所在小区')).toHaveProperty('value', 'cpd-77'));
  const select = screen.getByLabelText('所在小区') as HTMLSelectElement;
  expect(select.selectedOptions[0]?.textContent).toBe('远山小区');
});

test('on an edit, a typed password is sent', async () => {
  answer(ok({ device: probed({ deviceId: 'dev-cpd-1-b3' }) }), { 'door.device': ok({ device: STORED_B3 }) });
  render(<DeviceFormPage deviceId="dev-cpd-1-b3" />);
  await waitFor(() => expect(screen.getByLabelText('设备名称')).toHaveProperty('value', '3栋单元门'));

  type('密码', 'new-secret');
  save();

  await waitFor(() => expect(saveCalls()).toHaveLength(1));
  expect(saveCalls()[0]).toMatchObject({ deviceId: 'dev-cpd-1-b3', password: 'new-secret' });
});

test('a registration that cannot be read says why and offers 重试', async () => {
  answer(undefined, { 'door.device': fail('RESOURCE.NOT_FOUND', { message: '设备不存在' }) });
  render(<DeviceFormPage deviceId="dev-gone" />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('设备不存在');
  expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
});
