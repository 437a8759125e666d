import type { Doc, IndexSpec } from '../../ports/document-store';

/** Operational records the platform keeps about itself (timer heartbeats). */
export const SYSTEM_COLLECTION = 'system_status';

export interface HeartbeatDoc extends Doc {
  kind: 'heartbeat';
  lastAt: string;
  beats: number;
}

export const SYSTEM_INDEXES: readonly IndexSpec[] = [{ collection: SYSTEM_COLLECTION, fields: ['kind'] }];
