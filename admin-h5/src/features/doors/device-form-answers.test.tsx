import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { deferred, fail, ok } from '../../testing/fake-cloud';
import { answer, errorOf, probed, ready, save, saveCalls, startClean, type } from './device-form-kit';
import { DeviceFormPage } from './device-form-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

// What the form says back: the probe's verdict, the server's refusals and its own checks.
beforeEach(startClean);

test('a controller that does not answer is saved but reported offline in its own words, with what to check', async () => {
  answer(ok({ device: probed({ isOnline: false, lastProblem: 'HTTP 401 Unauthorized', lastLatencyMs: null }) }));
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  type('设备名称', '南门门禁');
  type('所在小区', 'cpd-1');
  type('设备地址', 'http://10.0.0.5');
  type('账号', 'admin');
  type('密码', 'wrong');
  type('名称', '南门');
  save();

  const outcome = (await screen.findByText(/但设备离线/)).closest('[role="status"]');
  expect(outcome?.textContent).toContain('已保存「南门门禁」，但设备离线：HTTP 401 Unauthorized。');
  expect(outcome?.textContent).toContain('请检查设备地址、账号和密码是否正确');
  expect(outcome?.textContent).not.toContain('设备在线');
  expect(document.activeElement).toBe(outcome);
});

test('a refused save shows the server’s message on top, says nothing of success, and the form can be sent again', async () => {
  const pending = deferred<unknown>();
  answer(() => pending.promise);
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  type('设备名称', '3栋单元门');
  type('所在小区', 'cpd-1');
  type('设备地址', 'http://10.0.3.1');
  type('账号', 'admin');
  type('密码', 'pw');
  type('名称', '1单元');
  save();

  expect(screen.getByRole('button', { name: '正在保存并连接设备…' })).toHaveProperty('disabled', true);
  pending.resolve(fail('RESOURCE.NOT_FOUND', { message: '楼栋 b-3 不在该小区' }));

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('楼栋 b-3 不在该小区');
  expect(alert.textContent).toContain('请求编号：req-test');
  expect(alert.compareDocumentPosition(screen.getByLabelText('设备名称')) & Node.DOCUMENT_POSITION_FOLLOWING).toBe(
    Node.DOCUMENT_POSITION_FOLLOWING,
  );
  expect(screen.queryByText(/已保存/)).toBeNull();
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('添加门禁设备');
  expect(screen.getByRole('button', { name: '保存' })).toHaveProperty('disabled', false);
  expect(screen.getByLabelText('密码')).toHaveProperty('value', 'pw');
});

test('the server’s field problems appear beside their fields, in Chinese even where the schema left English', async () => {
  answer(
    fail('VALIDATION.FAILED', {
      issues: [
        { path: 'baseUrl', message: '请填写 http:// 或 https:// 开头的设备地址' },
        { path: 'doors.0.name', message: '请填写门的名称' },
        { path: 'compoundId', message: 'Too small: expected string to have >=1 characters' },
      ],
    }),
  );
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  type('设备名称', '南门门禁');
  type('所在小区', 'cpd-1');
  type('设备地址', 'http://10.0.0.5');
  type('账号', 'admin');
  type('密码', 'pw');
  type('名称', '南门');
  save();

  await waitFor(() => expect(screen.getByLabelText('设备地址').getAttribute('aria-invalid')).toBe('true'));
  expect(errorOf('设备地址')).toBe('请填写 http:// 或 https:// 开头的设备地址');
  expect(errorOf('名称')).toBe('请填写门的名称');
  expect(errorOf('所在小区')).toBe('请选择设备所在的小区');
  expect(errorOf('账号')).toBe('');
  expect(screen.queryByText(/Too small/)).toBeNull();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.queryByText(/已保存/)).toBeNull();
  expect(document.activeElement).toBe(screen.getByLabelText('所在小区'));
});

test('the form refuses what the contract would, without calling the server', async () => {
  answer();
  render(<DeviceFormPage deviceId={null} />);
  await ready('所在小区');
  type('设备地址', 'ftp://10.0.0.5');
  fireEvent.click(screen.getByRole('button', { name: '添加一扇门' }));
  type('门号', '1', 1);
  type('名称', '北门', 1);
  save();

  for (const message of [
    '请填写设备名称',
    '请选择设备所在的小区',
    '请填写 http:// 或 https:// 开头的设备地址',
    '请填写设备账号',
    '新设备必须填写密码',
    '请填写门的名称',
    '门号不能重复',
  ]) {
    expect(screen.getByText(message)).toBeTruthy();
  }
  expect(saveCalls()).toEqual([]);
  expect(document.activeElement).toBe(screen.getByLabelText('设备名称'));
});
