import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { answer, ready, save, saveCalls, startClean, type } from './device-form-kit';
import { DeviceFormPage } from './device-form-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

// Registering a controller: what the form sends, for gates and for a building's unit doors.
beforeEach(startClean);

test('a new gate controller sends exactly the contract input, then says it answers and how fast', async () => {
  answer();
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');

  fireEvent.click(screen.getByLabelText('大华'));
  type('设备名称', '  南门门禁 ');
  type('所在小区', 'cpd-1');
  type('设备地址', 'http://10.0.0.5:8000');
  type('账号', 'admin');
  type('密码', 's3cret pass');
  type('名称', '南门');
  fireEvent.click(screen.getByRole('button', { name: '添加一扇门' }));
  type('名称', '北门', 1);
  save();

  const outcome = await screen.findByText(/设备在线/);
  expect(outcome.textContent).toBe('已保存「南门门禁」，设备在线，响应耗时 182 毫秒。');
  expect(saveCalls()).toEqual([
    {
      vendor: 'dahua',
      name: '南门门禁',
      compoundId: 'cpd-1',
      baseUrl: 'http://10.0.0.5:8000',
      username: 'admin',
      password: 's3cret pass',
      doors: [
        { doorNo: 1, name: '南门' },
        { doorNo: 2, name: '北门' },
      ],
    },
  ]);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('编辑门禁设备');
  expect(screen.getByRole('link', { name: '返回门禁设备列表' }).getAttribute('href')).toBe('#/doors');
});

test('saving a new controller again edits it: its id is sent and the password already stored is kept', async () => {
  answer();
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  type('设备名称', '南门门禁');
  type('所在小区', 'cpd-1');
  type('设备地址', 'http://10.0.0.5');
  type('账号', 'admin');
  type('密码', 'first');
  type('名称', '南门');
  save();
  await screen.findByText(/设备在线/);

  expect(screen.getByLabelText('密码')).toHaveProperty('value', '');
  expect(screen.getByLabelText('密码').getAttribute('placeholder')).toBe('不修改请留空');
  type('名称', '南大门');
  save();

  await waitFor(() => expect(saveCalls()).toHaveLength(2));
  expect(saveCalls()[1]).toEqual({
    deviceId: 'dev-9',
    vendor: 'hikvision',
    name: '南门门禁',
    compoundId: 'cpd-1',
    baseUrl: 'http://10.0.0.5',
    username: 'admin',
    doors: [{ doorNo: 1, name: '南大门' }],
  });
});

test("a building's controller names each door's unit, picked from that building's units", async () => {
  answer();
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  expect(screen.queryByLabelText('单元')).toBeNull();

  type('所在小区', 'cpd-1');
  await ready('楼栋');
  const buildings = within(screen.getByLabelText('楼栋')).getAllByRole('option');
  expect(buildings.map((option) => option.textContent)).toEqual(['无（小区大门）', '1栋', '3栋']);
  type('楼栋', 'b-3');
  await ready('单元');
  const units = within(screen.getByLabelText('单元')).getAllByRole('option');
  expect(units.map((option) => option.textContent)).toEqual(['不指定（本楼住户都能开）', '1单元', '2单元']);

  type('设备名称', '3栋单元门');
  type('设备地址', 'https://door-b3.example.cn');
  type('账号', 'admin');
  type('密码', 'pw');
  type('名称', '2单元');
  type('单元', 'u-32');
  fireEvent.click(screen.getByRole('button', { name: '添加一扇门' }));
  type('门号', '5', 1);
  type('名称', '地库', 1);
  save();

  await screen.findByText(/设备在线/);
  expect(saveCalls()).toEqual([
    {
      vendor: 'hikvision',
      name: '3栋单元门',
      compoundId: 'cpd-1',
      buildingId: 'b-3',
      baseUrl: 'https://door-b3.example.cn',
      username: 'admin',
      password: 'pw',
      doors: [
        { doorNo: 1, name: '2单元', unitId: 'u-32' },
        { doorNo: 5, name: '地库' },
      ],
    },
  ]);
});

test('moving the controller to another compound clears its building and units', async () => {
  answer();
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  type('所在小区', 'cpd-1');
  await ready('楼栋');
  type('楼栋', 'b-3');
  await ready('单元');
  type('单元', 'u-31');

  type('所在小区', 'cpd-2');
  await waitFor(() =>
    expect(
      within(screen.getByLabelText('楼栋'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['无（小区大门）', '21栋']),
  );
  expect(screen.getByLabelText('楼栋')).toHaveProperty('value', '');
  expect(screen.queryByLabelText('单元')).toBeNull();
});

test('doors are added up to eight, each with the next free number, and any row can be removed', async () => {
  answer();
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  expect(screen.queryByRole('button', { name: /移除/ })).toBeNull();

  for (let added = 1; added < 8; added += 1) fireEvent.click(screen.getByRole('button', { name: '添加一扇门' }));
  const numbers = () => screen.getAllByLabelText('门号').map((select) => (select as HTMLSelectElement).value);
  expect(numbers()).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  expect(screen.queryByRole('button', { name: '添加一扇门' })).toBeNull();
  expect(screen.getByText('一台设备最多 8 扇门。')).toBeTruthy();

  type('名称', '三号门', 2);
  fireEvent.click(screen.getByRole('button', { name: '移除第 2 扇门' }));
  expect(numbers()).toEqual(['1', '3', '4', '5', '6', '7', '8']);
  expect(screen.getAllByLabelText('名称')[1]).toHaveProperty('value', '三号门');

  fireEvent.click(screen.getByRole('button', { name: '添加一扇门' }));
  expect(numbers()).toEqual(['1', '3', '4', '5', '6', '7', '8', '2']);
});
