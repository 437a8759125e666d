import type { StaffRole } from '@linli/shared';
import type { Doc, IndexSpec } from '../../ports/document-store';

export const STAFF = 'staff';
export const STAFF_SESSIONS = 'staff_sessions';
export const ACCESS_LOG = 'access_log';

export interface StaffDoc extends Doc {
  account: string;
  name: string;
  phone: string;
  roles: StaffRole[];
  /** Hierarchy path from the district down to the scope node; empty = whole platform. */
  scopePath: string[];
  /**
   * The scope node and its ancestors as places carry them (`districtId` … `unitId`), so "staff within node X" is one
   * indexed equality, as for places. Absent above the scope's level and for platform staff.
   */
  districtId?: string;
  streetId?: string;
  communityId?: string;
  compoundId?: string;
  buildingId?: string;
  unitId?: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: string | null;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StaffSessionDoc extends Doc {
  staffId: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

/** Who saw which personal data, when and why. Append-only. */
export interface AccessLogDoc extends Doc {
  staffId: string;
  residentId: string;
  field: 'idNumber' | 'phone';
  reason: string;
  at: string;
}

export const STAFF_INDEXES: readonly IndexSpec[] = [
  { collection: STAFF, fields: ['account'], unique: true },
  { collection: STAFF, fields: ['name'] },
  { collection: STAFF, fields: ['districtId', 'account'] },
  { collection: STAFF, fields: ['streetId', 'account'] },
  { collection: STAFF, fields: ['communityId', 'account'] },
  { collection: STAFF, fields: ['compoundId', 'account'] },
  { collection: STAFF_SESSIONS, fields: ['staffId'] },
  { collection: STAFF_SESSIONS, fields: ['expiresAt'] },
  { collection: ACCESS_LOG, fields: ['residentId', 'at'] },
  { collection: ACCESS_LOG, fields: ['staffId', 'at'] },
];
