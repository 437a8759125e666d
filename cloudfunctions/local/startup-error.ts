import { StoreError } from '../core/ports/document-store';

/** Exit codes a supervisor (or a person) can act on: a restart loop will not fix any of these. */
export const EXIT = { FAILED: 1, CORRUPT: 2, IN_USE: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A start-up failure with a one-line explanation in Chinese and English, and the exit code that goes with it. */
export class StartupError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StartupError';
  }
}

export function corruptDataFile(file: string, cause: unknown): StartupError {
  return new StartupError(
    EXIT.CORRUPT,
    `数据文件已损坏：${file}。请备份后删除它（或设置另一个 LINLI_DATA_DIR）再启动，演示数据会重新生成。` +
      ` / The data file ${file} is corrupted: back it up and delete it (or set another LINLI_DATA_DIR), then start again.`,
    { cause },
  );
}

export function dataFileLocked(file: string, cause: unknown): StartupError {
  return new StartupError(
    EXIT.IN_USE,
    `数据文件被占用：${file}。可能另一个本地云正在使用同一数据目录，请先停止它，或设置另一个 LINLI_DATA_DIR。` +
      ` / The data file ${file} is locked, probably by another local cloud on the same data folder: stop it or set another LINLI_DATA_DIR.`,
    { cause },
  );
}

export function dataDirInUse(dir: string, pid: number): StartupError {
  return new StartupError(
    EXIT.IN_USE,
    `数据目录正被另一个本地云（进程 ${pid}）使用：${dir}。请先停止它，或设置另一个 LINLI_DATA_DIR。` +
      ` / The data folder ${dir} is in use by another local cloud (pid ${pid}): stop it or set another LINLI_DATA_DIR.`,
  );
}

export function portInUse(host: string, port: number, cause: unknown): StartupError {
  return new StartupError(
    EXIT.IN_USE,
    `端口 ${port}（${host}）已被占用。请停止占用它的程序，或设置 PORT=其他端口（PORT=0 自动选择）。` +
      ` / Port ${port} on ${host} is in use: stop whatever holds it, or set PORT (PORT=0 picks a free one).`,
    { cause },
  );
}

export function noBundles(dir: string): StartupError {
  return new StartupError(
    EXIT.FAILED,
    `没有找到云函数包（${dir}/<函数>/index.js）。请先运行 npm run build。` +
      ` / No function bundles in ${dir}: run npm run build first.`,
  );
}

/** Maps what opening the store threw to a start-up failure, walking the cause chain for the adapter's verdict. */
export function explainStoreFailure(error: unknown, file: string): unknown {
  for (let current: unknown = error, depth = 0; current && depth < 8; depth += 1) {
    if (current instanceof StoreError && current.kind === 'CORRUPT') return corruptDataFile(file, error);
    if (current instanceof StoreError && current.kind === 'UNAVAILABLE') return dataFileLocked(file, error);
    const code = typeof current === 'object' && 'code' in current ? current.code : undefined;
    // Should the adapter ever let better-sqlite3's own error through, read its code the same way.
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return corruptDataFile(file, error);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return dataFileLocked(file, error);
    current = current instanceof Error ? current.cause : undefined;
  }
  return error;
}
