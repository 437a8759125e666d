/**
 * A file's bytes (or its first `length` bytes). Through FileReader rather than `Blob.arrayBuffer()`: older WebViews
 * and jsdom lack the latter.
 */
export function readBytes(file: Blob, length?: number): Promise<ArrayBuffer> {
  const part = length === undefined ? file : file.slice(0, length);
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      if (reader.result instanceof ArrayBuffer) resolve(reader.result);
      else reject(new Error('file read gave no bytes'));
    };
    reader.onerror = () => reject(reader.error ?? new Error('file read failed'));
    reader.readAsArrayBuffer(part);
  });
}
