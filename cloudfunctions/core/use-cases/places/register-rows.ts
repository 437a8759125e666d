import { ROOM_TYPE_LABELS, ROOM_TYPES, ZRegisterRow } from '@linli/shared';
import { CsvSyntaxError, parseCsv } from '@linli/shared/rules/csv';
import type { z } from 'zod';
import { AppError } from '../../errors';
import { buildingNameOf, unitNameOf } from './place-naming';

/** One valid register row, names normalised and area in hundredths of a m². `line` is the file's line number. */
export interface RegisterLine {
  line: number;
  building: string;
  unit: string;
  room: string;
  floor: number;
  areaHundredths: number;
  type: z.infer<typeof ZRegisterRow>['type'];
}

export interface LineError {
  line: number;
  message: string;
}

export const MAX_BATCH_ROWS = 500;
/** Far past any real register value; a longer field means the file is not a register at all. */
const MAX_FIELD_LENGTH = 200;

const AREA_RULE = '须为大于0、不超过100000的平方米数，最多两位小数';

type Column = keyof z.input<typeof ZRegisterRow>;
const COLUMNS: readonly { key: Column; names: readonly string[]; label: string; required: boolean; rule: string }[] = [
  { key: 'building', names: ['楼栋', 'building'], label: '楼栋', required: true, rule: '须为1–20个字' },
  { key: 'unit', names: ['单元', 'unit'], label: '单元', required: true, rule: '须为1–20个字' },
  { key: 'room', names: ['房号', 'room'], label: '房号', required: true, rule: '须为1–20个字' },
  { key: 'floor', names: ['楼层', 'floor'], label: '楼层', required: true, rule: '须为 -10 到 200 之间的整数' },
  { key: 'areaM2', names: ['面积', 'aream2', 'area'], label: '面积', required: true, rule: AREA_RULE },
  { key: 'type', names: ['类型', 'type'], label: '类型', required: false, rule: '须为 住宅/商铺/办公/车位/其他' },
];
const HEADER_HINT = '表头应为：楼栋,单元,房号,楼层,面积,类型（类型可省略）';
const TYPE_BY_LABEL = new Map<string, string>(ROOM_TYPES.map((type) => [ROOM_TYPE_LABELS[type], type]));

/**
 * Reads one batch: a header, then at most MAX_BATCH_ROWS rows. Each row is checked on its own and every bad one
 * reported with its line in the whole file (`firstLine` is the file line the batch's header stands for).
 * A batch over the row limit or with an absurd field is refused outright (VALIDATION.FAILED).
 */
export function readRegisterBatch(
  csv: string,
  firstLine: number,
): { rows: number; lines: RegisterLine[]; errors: LineError[] } {
  const fileLine = (line: number) => firstLine + line - 1;
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(csv).filter((record) => record.fields.some((field) => field.trim() !== ''));
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error;
    return { rows: 0, lines: [], errors: [{ line: fileLine(error.line), message: '引号没有闭合或引号后多了字符' }] };
  }
  const [header, ...data] = records;
  if (data.length > MAX_BATCH_ROWS) refuse(`每批最多${MAX_BATCH_ROWS}行，本批${data.length}行，请分批导入`);
  for (const record of records) {
    if (record.fields.some((field) => field.length > MAX_FIELD_LENGTH)) {
      refuse(`第${fileLine(record.line)}行有超过${MAX_FIELD_LENGTH}个字的内容，不是有效的登记表`);
    }
    if (record.fields.length > COLUMNS.length * 4) refuse(`第${fileLine(record.line)}行的列数过多`);
  }
  if (!header) return { rows: 0, lines: [], errors: [] };

  const positions = columnPositions(header.fields);
  if (typeof positions === 'string') {
    return { rows: data.length, lines: [], errors: [{ line: fileLine(header.line), message: positions }] };
  }
  const lines: RegisterLine[] = [];
  const errors: LineError[] = [];
  for (const record of data) {
    const line = fileLine(record.line);
    const extra = record.fields.slice(header.fields.length).some((field) => field.trim() !== '');
    const checked = extra ? `列数多于表头（${header.fields.length}列）` : checkRow(record.fields, positions, line);
    if (typeof checked === 'string') errors.push({ line, message: checked });
    else lines.push(checked);
  }
  return { rows: data.length, lines, errors };
}

function refuse(message: string): never {
  throw new AppError('VALIDATION.FAILED', { issues: [{ path: 'csv', message }] });
}

/** Column index of each field, from the header's names (Chinese or English, any order); or what is wrong. */
function columnPositions(header: readonly string[]): Map<Column, number> | string {
  const positions = new Map<Column, number>();
  header.forEach((raw, index) => {
    // `面积（㎡）`, `Area (m2)`: the unit in brackets is decoration.
    const name = raw
      .trim()
      .replace(/\s*[(（].*$/, '')
      .toLowerCase();
    const column = COLUMNS.find((c) => c.names.includes(name));
    if (column && !positions.has(column.key)) positions.set(column.key, index);
  });
  const missing = COLUMNS.filter((c) => c.required && !positions.has(c.key)).map((c) => c.label);
  return missing.length > 0 ? `表头缺少 ${missing.join('、')}。${HEADER_HINT}` : positions;
}

function checkRow(fields: readonly string[], positions: Map<Column, number>, line: number): RegisterLine | string {
  const raw: Partial<Record<Column, string>> = {};
  const problems: string[] = [];
  for (const column of COLUMNS) {
    const at = positions.get(column.key);
    const value = (at === undefined ? '' : (fields[at] ?? '')).trim();
    if (value === '') {
      if (column.required) problems.push(`${column.label}不能为空`);
      continue;
    }
    raw[column.key] = column.key === 'type' ? (TYPE_BY_LABEL.get(value) ?? value.toLowerCase()) : value;
  }
  if (problems.length > 0) return problems.join('；');
  const parsed = ZRegisterRow.safeParse(raw);
  const bad = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0]));
  // Areas are stored in hundredths of a m²; a third decimal would be silently rounded away.
  const area = Number(raw.areaM2);
  if (Number.isFinite(area) && Math.abs(area * 100 - Math.round(area * 100)) > 1e-6) bad.add('areaM2');
  if (!parsed.success || bad.size > 0) {
    return COLUMNS.filter((c) => bad.has(c.key))
      .map((c) => `${c.label}${c.rule}`)
      .join('；');
  }
  const row = parsed.data;
  const areaHundredths = Math.round(row.areaM2 * 100);
  return {
    line,
    building: buildingNameOf(row.building),
    unit: unitNameOf(row.unit),
    room: row.room,
    floor: row.floor,
    areaHundredths,
    type: row.type,
  };
}
