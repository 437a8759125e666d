import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { cloudAnswering, deferred, ok, signIn } from '../../testing/fake-cloud';
import { mockTransport } from '../../testing/mock-transport';
import { ImportPage } from './import-page';

jest.mock('../../api/fetch-transport', () => jest.requireActual('../../testing/mock-transport'));

type ImportInput = { compoundId: string; csv: string; firstLine: number; dryRun: boolean };

const COMPOUNDS = {
  items: [
    { _id: 'cpd-1', kind: 'compound', name: '阳光花园', parentId: 'com-1', label: '阳光花园' },
    { _id: 'cpd-2', kind: 'compound', name: '锦绣苑', parentId: 'com-1', label: '锦绣苑' },
  ],
};
const HEADER = '楼栋,单元,房号,楼层,面积,类型';
const CSV_1200 = [HEADER, ...Array.from({ length: 1200 }, (_, i) => `1,1,${1000 + i},1,80,住宅`)].join('\n');

function imports(): ImportInput[] {
  return mockTransport.mock.calls
    .filter(([fn, event]) => fn === 'places' && event.action === 'importRegister')
    .map(([, event]) => event.data as ImportInput);
}

function progress(): HTMLProgressElement | null {
  return document.querySelector('progress');
}

async function fillIn(): Promise<void> {
  render(<ImportPage />);
  await screen.findByRole('option', { name: '锦绣苑' });
  fireEvent.change(screen.getByLabelText('导入到小区'), { target: { value: 'cpd-2' } });
  fireEvent.change(screen.getByLabelText('或粘贴表格内容'), { target: { value: CSV_1200 } });
}

beforeEach(() => {
  mockTransport.mockReset();
  window.sessionStorage.clear();
  signIn();
});

test('校验 sends every 500-row batch as a dry run, with a progress bar advancing per batch', async () => {
  const answers = [deferred<unknown>(), deferred<unknown>(), deferred<unknown>()];
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.searchCompounds': ok(COMPOUNDS),
      'places.importRegister': () => answers[imports().length - 1]?.promise,
    }),
  );
  await fillIn();
  expect(screen.getByText('共 1200 行数据，将分 3 批提交（每批最多 500 行）。')).toBeTruthy();
  expect(screen.getByRole('button', { name: '导入' })).toHaveProperty('disabled', true);

  fireEvent.click(screen.getByRole('button', { name: '校验' }));

  await waitFor(() => expect(imports()).toHaveLength(1));
  expect(progress()?.max).toBe(3);
  expect(progress()?.value).toBe(0);
  expect(screen.getByText('正在校验：第 1 / 3 批')).toBeTruthy();

  await act(async () => answers[0]?.resolve(ok({ rows: 500, created: 500, unchanged: 0, errors: [] })));
  await waitFor(() => expect(imports()).toHaveLength(2));
  expect(progress()?.value).toBe(1);
  await act(async () => answers[1]?.resolve(ok({ rows: 500, created: 480, unchanged: 20, errors: [] })));
  await waitFor(() => expect(progress()?.value).toBe(2));
  await act(async () => answers[2]?.resolve(ok({ rows: 200, created: 200, unchanged: 0, errors: [] })));

  await screen.findByText(/校验通过：共 1200 行，将新增 1180 套房屋，20/);
  expect(imports().map((i) => [i.compoundId, i.firstLine, i.dryRun, i.csv.split('\n').length])).toEqual([
    ['cpd-2', 1, true, 501],
    ['cpd-2', 501, true, 501],
    ['cpd-2', 1001, true, 201],
  ]);
  expect(imports().every((i) => i.csv.startsWith(`${HEADER}\n`))).toBe(true);
  expect(screen.getByRole('button', { name: '导入' })).toHaveProperty('disabled', false);
});

test('a failed check lists every bad line, imports nothing, and keeps 导入 locked', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.searchCompounds': ok(COMPOUNDS),
      'places.importRegister': (data: ImportInput) =>
        ok({
          rows: 500,
          created: 0,
          unchanged: 0,
          errors:
            data.firstLine === 501
              ? [
                  { line: 507, message: '楼层不能为空' },
                  { line: 733, message: '与第502行重复（1栋 1单元 1500）' },
                ]
              : [],
        }),
    }),
  );
  await fillIn();

  fireEvent.click(screen.getByRole('button', { name: '校验' }));

  const alert = await screen.findByText('校验未通过：发现 2 处问题，未导入任何数据。请修改后重新校验。');
  expect(alert.getAttribute('role')).toBe('alert');
  const table = screen.getByRole('table', { name: '校验问题' });
  const cells = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent));
  expect(cells).toEqual([
    ['507', '楼层不能为空'],
    ['733', '与第502行重复（1栋 1单元 1500）'],
  ]);
  expect(imports()).toHaveLength(3);
  expect(imports().every((i) => i.dryRun)).toBe(true);
  expect(screen.getByRole('button', { name: '导入' })).toHaveProperty('disabled', true);
});

test('after a clean check 导入 writes every batch; editing the text asks for a new check', async () => {
  mockTransport.mockImplementation(
    cloudAnswering({
      'places.searchCompounds': ok(COMPOUNDS),
      'places.importRegister': (data: ImportInput) =>
        ok({ rows: data.firstLine === 1001 ? 200 : 500, created: data.dryRun ? 0 : 10, unchanged: 0, errors: [] }),
    }),
  );
  await fillIn();
  fireEvent.click(screen.getByRole('button', { name: '校验' }));
  await screen.findByText(/校验通过/);

  fireEvent.click(screen.getByRole('button', { name: '导入' }));

  await screen.findByText('导入完成：新增 30 套房屋，0 套已登记无变化。');
  expect(imports().map((i) => i.dryRun)).toEqual([true, true, true, false, false, false]);

  fireEvent.change(screen.getByLabelText('或粘贴表格内容'), { target: { value: `${CSV_1200}\n2,1,101,1,80,住宅` } });
  expect(screen.getByRole('button', { name: '导入' })).toHaveProperty('disabled', true);
  expect(screen.getByText('共 1201 行数据，将分 3 批提交（每批最多 500 行）。')).toBeTruthy();
});

test('a broken quote is shown before anything is sent; the template is offered for download', async () => {
  mockTransport.mockImplementation(cloudAnswering({ 'places.searchCompounds': ok(COMPOUNDS) }));
  render(<ImportPage />);
  await screen.findByRole('option', { name: '锦绣苑' });
  fireEvent.change(screen.getByLabelText('或粘贴表格内容'), { target: { value: `${HEADER}\n1,1,"101,1,80,住宅` } });

  expect(screen.getByRole('alert').textContent).toContain('引号没有闭合');
  expect(screen.getByRole('button', { name: '校验' })).toHaveProperty('disabled', true);

  const template = screen.getByRole('link', { name: '下载导入模板' });
  expect(template.getAttribute('download')).toBe('房屋导入模板.csv');
  const csv = decodeURIComponent(template.getAttribute('href')?.split(',').slice(1).join(',') ?? '');
  expect(csv.replace('\uFEFF', '').split('\r\n').filter(Boolean)).toEqual([
    HEADER,
    '1栋,1单元,101,1,89.50,住宅',
    '1栋,1单元,102,1,120,商铺',
  ]);
});
