import type { RepairAction, RepairCategory, RepairStatus, RepairUrgency } from '@linli/shared';
import type { Doc, IndexSpec } from '../../ports/document-store';
import type { PlaceAncestry } from '../door/collections';

export const REPAIRS = 'repairs';
export const REPAIR_WORKERS = 'repair_workers';
export const COUNTERS = 'counters';

export interface RepairEventDoc {
  at: string;
  action: RepairAction;
  actorKind: 'resident' | 'staff' | 'system';
  actorId: string | null;
  actorLabel: string;
  from: RepairStatus | null;
  to: RepairStatus | null;
  note: string | null;
  photoIds: string[];
  /** Staff comments: never shown to the household. */
  isInternal: boolean;
}

/** One repair request, with its whole history on it (a timeline pushed by each transition). */
export interface RepairDoc extends Doc, PlaceAncestry {
  number: string;
  category: RepairCategory;
  urgency: RepairUrgency;
  status: RepairStatus;
  description: string;
  title: string;
  location: { kind: 'room' | 'public'; place: string | null };
  locationLabel: string;
  /** The reporter's room: its approved members are the repair's household. */
  roomId: string;
  buildingId: string | null;
  unitId: string | null;
  reporterResidentId: string;
  reporterOpenid: string;
  reporterName: string;
  reporterPhone: string;
  photoIds: string[];
  preferredTime: { from: string; to: string } | null;
  createdAt: string;
  updatedAt: string;
  dueAt: string;
  isOverdue: boolean;
  assigneeId: string | null;
  assigneeName: string | null;
  acceptedAt: string | null;
  resolvedAt: string | null;
  completion: { note: string; photoIds: string[]; at: string } | null;
  rating: number | null;
  ratingComment: string | null;
  reopenCount: number;
  mergedInto: { repairId: string; number: string } | null;
  timeline: RepairEventDoc[];
  /** Bumped by every change: transitions are conditional on the version their caller read. */
  version: number;
}

/** A worker's dispatch settings; a worker with none is on duty for every category. */
export interface RepairWorkerDoc extends Doc {
  isOnDuty: boolean;
  skills: RepairCategory[];
  /** Round-robin: the on-duty worker assigned longest ago goes next. */
  lastAssignedAt: string | null;
}

export interface CounterDoc extends Doc {
  value: number;
}

export const REPAIR_INDEXES: readonly IndexSpec[] = [
  { collection: REPAIRS, fields: ['number'], unique: true },
  { collection: REPAIRS, fields: ['roomId', 'createdAt'] },
  { collection: REPAIRS, fields: ['assigneeId', 'status', 'dueAt'] },
  { collection: REPAIRS, fields: ['status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['compoundId', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['communityId', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['streetId', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['districtId', 'status', 'dueAt', '_id'] },
  // The board filtered by category: the same walks with the category after the scope.
  { collection: REPAIRS, fields: ['compoundId', 'category', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['communityId', 'category', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['streetId', 'category', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['districtId', 'category', 'status', 'dueAt', '_id'] },
  { collection: REPAIRS, fields: ['status', 'isOverdue', 'dueAt'] },
  { collection: REPAIRS, fields: ['status', 'resolvedAt'] },
];
