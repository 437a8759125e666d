import { CsvSyntaxError } from '@linli/shared';
import { MAX_BATCH_ROWS, planBatches } from './plan-batches';

const HEADER = '楼栋,单元,房号,楼层,面积,类型';

function register(rows: number): string {
  return [HEADER, ...Array.from({ length: rows }, (_, i) => `1,1,${1000 + i},1,80,住宅`)].join('\n');
}

test('1200 rows become 500 + 500 + 200, each with the header and the file line its header stands for', () => {
  const plan = planBatches(register(1200));

  expect(plan.rows).toBe(1200);
  expect(plan.batches.map((b) => [b.rows, b.firstLine])).toEqual([
    [500, 1],
    [500, 501],
    [200, 1001],
  ]);
  for (const batch of plan.batches) expect(batch.csv.split('\n')[0]).toBe(HEADER);
  // The second batch's first row is file line 502, the batch's line 2: firstLine + 2 - 1.
  expect(plan.batches[1]?.csv.split('\n')[1]).toBe('1,1,1500,1,80,住宅');
  expect(plan.batches.every((b) => b.rows <= MAX_BATCH_ROWS)).toBe(true);
});

test('blank rows are not counted but keep later rows on their file lines; quoted line breaks stay in their row', () => {
  const text = `\uFEFF${HEADER}\r\n\r\n1,1,101,1,80,住宅\r\n,,,,,\r\n"1","1","10""2\r\nA",1,"1,5",住宅\r\n1,1,103,1,80,住宅\r\n`;
  const plan = planBatches(text);

  expect(plan.rows).toBe(3);
  expect(plan.batches).toHaveLength(1);
  const batch = plan.batches[0];
  // The body is cut from the file as it is, so the server counts the same lines.
  expect(batch?.csv).toBe(
    `${HEADER}\r\n\r\n1,1,101,1,80,住宅\r\n,,,,,\r\n"1","1","10""2\r\nA",1,"1,5",住宅\r\n1,1,103,1,80,住宅`,
  );
  expect(batch?.firstLine).toBe(1);
});

test('a file with only a header is still sent once, so the server can check the header', () => {
  expect(planBatches(`${HEADER}\n`)).toEqual({ rows: 0, batches: [{ csv: HEADER, firstLine: 1, rows: 0 }] });
  expect(planBatches('')).toEqual({ rows: 0, batches: [] });
});

test('long rows split batches before the size limit, whatever the row count', () => {
  const wide = 'x'.repeat(190);
  const text = [HEADER, ...Array.from({ length: 3000 }, (_, i) => `${wide},${wide},${wide}${i},1,80,${wide}`)].join(
    '\n',
  );
  const plan = planBatches(text);

  expect(plan.rows).toBe(3000);
  expect(plan.batches.every((b) => b.csv.length <= 200_000)).toBe(true);
  expect(plan.batches.reduce((sum, b) => sum + b.rows, 0)).toBe(3000);
  // 500 rows of ~780 characters would be ~390 000; the size limit cuts first.
  expect(plan.batches.length).toBeGreaterThan(6);
  expect(plan.batches.every((b) => b.csv.startsWith(HEADER))).toBe(true);
});

test('a broken quote is reported with its line, not sent', () => {
  expect(() => planBatches(`${HEADER}\n1,1,"101,1,80,住宅`)).toThrow(CsvSyntaxError);
});

test('later batches start on the file line before their first row, even after blank lines and multi-line rows', () => {
  const rows = Array.from({ length: 499 }, (_, i) => `1,1,${1000 + i},1,80,住宅`);
  const text = [HEADER, '', '"1","1","9\n9",1,80,住宅', ...rows, '', '', '2,1,101,1,80,住宅'].join('\n');
  const plan = planBatches(text);

  expect(plan.batches.map((b) => b.rows)).toEqual([500, 1]);
  // Header 1, blank 2, the two-line row 3–4, 499 rows 5–503, blanks 504–505, the last row 506.
  expect(plan.batches[1]).toEqual({ csv: `${HEADER}\n2,1,101,1,80,住宅`, firstLine: 505, rows: 1 });
});
