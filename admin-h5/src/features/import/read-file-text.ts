import { readBytes } from '../../lib/read-bytes';

/**
 * A register file's text. Excel on Chinese Windows saves "CSV" in GB18030 unless told otherwise, so a file that is
 * not valid UTF-8 is read as GB18030 rather than shown as mojibake.
 */
export async function readFileText(file: Blob): Promise<string> {
  const bytes = await readBytes(file);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
