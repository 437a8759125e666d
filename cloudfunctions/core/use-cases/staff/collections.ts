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
  { collection: STAFF_SESSIONS, fields: ['staffId'] },
  { collection: ACCESS_LOG, fields: ['residentId', 'at'] },
  { collection: ACCESS_LOG, fields: ['staffId', 'at'] },
];
