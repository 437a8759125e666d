/**
 * A small RFC 4180 CSV reader for register imports: comma separated, fields optionally in double quotes (`""` is a
 * quote inside one), records ending in CRLF, LF or a lone CR, an optional UTF-8 BOM (Excel writes one). Blank lines
 * are skipped. Pure and shared, so the staff console splits a file into batches exactly as the server reads them.
 */
export interface CsvRow {
  /** 1-based line of the text where the record starts (a quoted field may span lines). */
  line: number;
  fields: string[];
  /** Character offsets of the record in the text (end exclusive, line break not included), to slice batches out. */
  start: number;
  end: number;
}

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Every non-blank record of `text`, header included. Throws CsvSyntaxError (with its line) on a broken quote. */
export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < text.length) {
    const start = i;
    const startLine = line;
    const fields: string[] = [];
    let atRecordEnd = false;
    while (!atRecordEnd) {
      let value: string;
      if (text.charCodeAt(i) === QUOTE) {
        ({ value, next: i, line } = readQuoted(text, i, line));
      } else {
        let j = i;
        while (j < text.length && !isBreakOrComma(text.charCodeAt(j))) j++;
        value = text.slice(i, j);
        i = j;
      }
      fields.push(value);
      const code = text.charCodeAt(i);
      if (code === COMMA) i++;
      else atRecordEnd = true;
    }
    const end = i;
    i = skipLineBreak(text, i);
    if (i > end) line++;
    const isBlank = fields.length === 1 && fields[0] === '' && end === start;
    if (!isBlank) rows.push({ line: startLine, fields, start, end });
  }
  return rows;
}

function isBreakOrComma(code: number): boolean {
  return code === COMMA || code === LF || code === CR;
}

function skipLineBreak(text: string, i: number): number {
  if (text.charCodeAt(i) === CR) return text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
  if (text.charCodeAt(i) === LF) return i + 1;
  return i;
}

/** Reads `"…"` starting at the opening quote; the closing quote must end the field. */
function readQuoted(text: string, open: number, startLine: number): { value: string; next: number; line: number } {
  let value = '';
  let line = startLine;
  let i = open + 1;
  let chunk = i;
  for (;;) {
    if (i >= text.length) throw new CsvSyntaxError(startLine, `第${startLine}行的引号没有闭合`);
    const code = text.charCodeAt(i);
    if (code === QUOTE) {
      value += text.slice(chunk, i);
      if (text.charCodeAt(i + 1) === QUOTE) {
        value += '"';
        i += 2;
        chunk = i;
        continue;
      }
      const after = i + 1;
      if (after < text.length && !isBreakOrComma(text.charCodeAt(after))) {
        throw new CsvSyntaxError(line, `第${line}行：引号后应是逗号或换行`);
      }
      return { value, next: after, line };
    }
    if (code === CR || code === LF) {
      // A line break inside quotes belongs to the value; count it so later rows keep their real line numbers.
      const next = skipLineBreak(text, i);
      line++;
      i = next;
      continue;
    }
    i++;
  }
}
