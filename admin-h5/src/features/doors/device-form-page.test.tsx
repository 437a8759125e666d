import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { cloudAnswering, deferred, fail, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import type { DeviceRow } from './access-labels';
import { DeviceFormPage } from './device-form-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

function place(_id: string, kind: 'compound' | 'building' | 'unit', name: string, parentId: string | null) {
  return { _id, kind, name, parentId, label: name };
}

const COMPOUNDS = [place('cpd-1', 'compound', '阳光花园', 'com-1'), place('cpd-2', 'compound', '翠湖苑', 'com-1')];
const CHILDREN: Record<string, ReturnType<typeof place>[]> = {
  'cpd-1': [place('b-1', 'building', '1栋', 'cpd-1'), place('b-3', 'building', '3栋', 'cpd-1')],
  'cpd-2': [place('b-21', 'building', '21栋', 'cpd-2')],
  'b-3': [place('u-31', 'unit', '1单元', 'b-3'), place('u-32', 'unit', '2单元', 'b-3')],
};

/** The row the server answers a save with, after its probe. */
function probed(overrides: Partial<DeviceRow> = {}): DeviceRow {
  return {
    deviceId: 'dev-9',
    name: '南门门禁',
    vendor: 'dahua',
    placeLabel: '阳光花园',
    doors: [{ doorId: 'dev-9-1', doorNo: 1, name: '南门' }],
    isOnline: true,
    lastSeenAt: '2026-11-22T05:00:00.000Z',
    lastLatencyMs: 182,
    lastProblem: null,
    ...overrides,
  };
}

const STORED_B3 = {
  deviceId: 'dev-cpd-1-b3',
  vendor: 'hikvision',
  name: '3栋单元门',
  compoundId: 'cpd-1',
  compoundLabel: '阳光花园',
  buildingId: 'b-3',
  baseUrl: 'http://10.0.3.1',
  username: 'admin',
  doors: [
    { doorNo: 1, name: '1单元', unitId: 'u-31' },
    { doorNo: 2, name: '2单元', unitId: 'u-32' },
  ],
};

function answer(save: unknown = ok({ device: probed() }), extra: Record<string, unknown> = {}): void {
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.searchCompounds': ok({ items: COMPOUNDS }),
      'places.children': ({ parentId }: { parentId: string }) => ok({ parent: null, items: CHILDREN[parentId] ?? [] }),
      'door.saveDevice': save,
      ...extra,
    }),
  );
}

function saveCalls(): unknown[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'door' && event.action === 'saveDevice')
    .map(([, event]) => event.data);
}

function type(label: string, value: string, at = 0): void {
  const field = screen.getAllByLabelText(label)[at];
  if (!field) throw new Error(`no field ${label} #${at}`);
  fireEvent.change(field, { target: { value } });
}

/** Waits for every field under `label` to be usable (its options loaded). */
async function ready(label: string): Promise<void> {
  await waitFor(() =>
    expect(screen.getAllByLabelText(label).map((field) => (field as HTMLSelectElement).disabled)).not.toContain(true),
  );
}

function save(): void {
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

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

/** The error a field is described by, as a screen reader reads it after the label; '' when there is none. */
function errorOf(label: string): string {
  const ids = screen.getByLabelText(label).getAttribute('aria-describedby')?.split(' ') ?? [];
  const errors = ids.map((id) => document.getElementById(id)).filter((node) => node?.className === 'field__error');
  return errors.map((node) => node?.textContent ?? '').join(' ');
}

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

test('a registration that cannot be read says why and offers 重试', async () => {
  answer(undefined, { 'door.device': fail('RESOURCE.NOT_FOUND', { message: '设备不存在' }) });
  render(<DeviceFormPage deviceId="dev-gone" />);

  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('设备不存在');
  expect(within(alert).getByRole('button', { name: '重试' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: '保存' })).toBeNull();
});
