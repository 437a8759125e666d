import { parseCsv } from '@linli/shared';

/** The server's limits per call: 500 rows and 256 KB of text; a little under the latter leaves room for JSON. */
export const MAX_BATCH_ROWS = 500;
export const MAX_BATCH_CHARS = 200_000;

export interface Batch {
  /** The header line, then a contiguous slice of the file's rows. */
  csv: string;
  /** The file line the batch's header stands for, so the server reports errors by their line in the whole file. */
  firstLine: number;
  rows: number;
}

export interface BatchPlan {
  /** Data rows (the header and blank rows not counted), as the server counts them. */
  rows: number;
  batches: Batch[];
}

/**
 * Splits a register file into batches the server accepts, each carrying the header. Rows are cut from the text
 * with their own characters (quotes, line breaks inside quotes) so the server reads exactly what the file says.
 * A row-less file gives one header-only batch, so the server still checks the header. Throws CsvSyntaxError on a
 * broken quote.
 */
export function planBatches(text: string): BatchPlan {
  const records = parseCsv(text).filter((record) => record.fields.some((field) => field.trim() !== ''));
  const [header, ...rows] = records;
  if (!header) return { rows: 0, batches: [] };
  const headerText = text.slice(header.start, header.end);
  const headerLines = lineBreaksIn(headerText) + 1;

  const batches: Batch[] = [];
  let first = 0;
  while (first < rows.length || batches.length === 0) {
    let last = first;
    // Grow the batch while it stays within both limits (a single huge row still goes alone; the server says why).
    while (
      last < rows.length &&
      last - first < MAX_BATCH_ROWS &&
      (last === first || sliceLength(rows, first, last) + headerText.length < MAX_BATCH_CHARS)
    ) {
      last += 1;
    }
    const head = rows[first];
    const tail = rows[last - 1];
    if (batches.length === 0 || !head || !tail) {
      // The first batch is the file's own beginning, so even the header's line numbers are the file's.
      batches.push({
        csv: text.slice(header.start, tail?.end ?? header.end),
        firstLine: header.line,
        rows: last - first,
      });
    } else {
      batches.push({
        csv: `${headerText}\n${text.slice(head.start, tail.end)}`,
        firstLine: head.line - headerLines,
        rows: last - first,
      });
    }
    if (last === first) break;
    first = last;
  }
  return { rows: rows.length, batches };
}

function sliceLength(rows: ReturnType<typeof parseCsv>, first: number, last: number): number {
  const head = rows[first];
  const tail = rows[last];
  return head && tail ? tail.end - head.start : 0;
}

function lineBreaksIn(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
