import type { OutputOf, systemContract } from '@linli/shared';

type Version = OutputOf<typeof systemContract, 'version'>;

/** Staff see where the service runs in their own words, with the technical name kept for support calls. */
export const RUNTIME_LABELS: Record<Version['runtime'], string> = {
  cloudbase: '腾讯云开发（CloudBase）',
  local: '本地服务',
};

export const STORE_LABELS: Record<Version['store'], string> = {
  cloudbase: '云开发数据库',
  sqlite: '本地数据库（SQLite）',
};
