import fc from 'fast-check';
import { CsvSyntaxError, parseCsv } from './csv';

const fieldsOf = (text: string) => parseCsv(text).map((row) => row.fields);

test('plain records split on commas and line breaks of every kind', () => {
  expect(fieldsOf('楼栋,单元,房号\r\n1栋,1单元,101\n2栋,2单元,202\r3栋,1单元,301')).toEqual([
    ['楼栋', '单元', '房号'],
    ['1栋', '1单元', '101'],
    ['2栋', '2单元', '202'],
    ['3栋', '1单元', '301'],
  ]);
});

test('quoted fields keep commas, escaped quotes and line breaks', () => {
  const rows = parseCsv('a,"b,c","say ""hi""","two\r\nlines"\r\nnext,"",x\r\n');
  expect(rows.map((r) => r.fields)).toEqual([
    ['a', 'b,c', 'say "hi"', 'two\r\nlines'],
    ['next', '', 'x'],
  ]);
  // The second record starts on line 3: the quoted line break counts.
  expect(rows.map((r) => r.line)).toEqual([1, 3]);
});

test('a BOM is dropped, blank lines are skipped but counted, a trailing newline adds no record', () => {
  const rows = parseCsv('\uFEFFh1,h2\r\n\r\n1,2\n\n\n3,4\n');
  expect(rows.map((r) => [r.line, r.fields])).toEqual([
    [1, ['h1', 'h2']],
    [3, ['1', '2']],
    [6, ['3', '4']],
  ]);
});

test('empty fields and trailing commas are kept', () => {
  expect(fieldsOf(',a,\n,,')).toEqual([
    ['', 'a', ''],
    ['', '', ''],
  ]);
  expect(parseCsv('')).toEqual([]);
  expect(parseCsv('\uFEFF')).toEqual([]);
});

test('offsets slice each record back out of the text', () => {
  const text = 'h\r\n"x\ny",1\r\nlast';
  const rows = parseCsv(text);
  expect(rows.map((r) => text.slice(r.start, r.end))).toEqual(['h', '"x\ny",1', 'last']);
});

test('an unclosed quote or text after a closing quote is a syntax error with its line', () => {
  expect(() => parseCsv('a,b\n1,"open\n2,3')).toThrow(CsvSyntaxError);
  try {
    parseCsv('a,b\nok,1\n"bad"x,2');
    throw new Error('expected a syntax error');
  } catch (error) {
    expect(error).toBeInstanceOf(CsvSyntaxError);
    expect((error as CsvSyntaxError).line).toBe(3);
  }
});

/** Writes records the RFC 4180 way, quoting every field that needs it. */
function toCsv(records: string[][], eol: string): string {
  const quote = (f: string) => (/[",\r\n]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f);
  return records.map((fields) => fields.map(quote).join(',')).join(eol);
}

test('whatever a writer quotes correctly reads back unchanged', () => {
  const field = fc.string({ unit: fc.constantFrom('a', '楼', ',', '"', '\r', '\n', ' ', '1'), maxLength: 8 });
  fc.assert(
    fc.property(
      fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }),
      fc.constantFrom('\r\n', '\n'),
      (records, eol) => {
        expect(fieldsOf(toCsv(records, eol))).toEqual(records);
      },
    ),
  );
});
