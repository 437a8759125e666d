import { type StaffProfile, type StaffRole, ZAccount, ZNewPassword, ZPersonName, ZPhone } from '@linli/shared';
import type { z } from 'zod';

/** The form's values: strings as typed, the scope as a picked node (null: the whole platform). */
export interface StaffDraft {
  account: string;
  name: string;
  phone: string;
  roles: StaffRole[];
  scope: { placeId: string; label: string } | null;
  password: string;
  disabled: boolean;
}

export type DraftField = 'account' | 'name' | 'phone' | 'roles' | 'scopePlaceId' | 'password' | 'disabled';
export type DraftIssues = Partial<Record<DraftField, string>>;

export const MAX_ROLES = 3;

export function draftOf(member: StaffProfile | null): StaffDraft {
  return {
    account: member?.account ?? '',
    name: member?.name ?? '',
    phone: member?.phone ?? '',
    roles: member ? [...member.roles] : [],
    scope: member?.scope ? { placeId: member.scope.placeId, label: member.scope.label } : null,
    password: '',
    disabled: member?.disabled ?? false,
  };
}

function firstIssue(schema: z.ZodType, value: unknown): string | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : parsed.error.issues[0]?.message;
}

/**
 * The checks the server makes on the fields themselves, with the same schemas and messages, so a typo is caught
 * before the round trip. Whether roles fit the scope is the server's call (it knows the node's level).
 */
export function checkDraft(draft: StaffDraft, isNew: boolean): DraftIssues {
  const issues: DraftIssues = {
    account: isNew ? firstIssue(ZAccount, draft.account) : undefined,
    name: firstIssue(ZPersonName, draft.name),
    phone: firstIssue(ZPhone, draft.phone),
    roles:
      draft.roles.length === 0
        ? '请至少选择一个角色'
        : draft.roles.length > MAX_ROLES
          ? `最多选择${MAX_ROLES}个角色`
          : undefined,
    password: isNew ? firstIssue(ZNewPassword, draft.password) : undefined,
  };
  for (const key of Object.keys(issues) as DraftField[]) if (issues[key] === undefined) delete issues[key];
  return issues;
}
