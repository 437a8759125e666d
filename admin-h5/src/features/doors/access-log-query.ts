import type { doorContract, InputOf } from '@linli/shared';
import { utcIsoOfDisplayTime } from '../../lib/time';
import type { AccessMethod, AccessResult } from './access-labels';

/** The access-log filters the contract takes, times as UTC instants; absent means "any". */
export type AccessLogQuery = Pick<
  InputOf<typeof doorContract, 'accessLog'>,
  'doorId' | 'method' | 'result' | 'from' | 'to'
>;

/** The filter form as typed: '' for "any", times as `datetime-local` values in Beijing time. */
export interface AccessLogDraft {
  doorId: string;
  method: AccessMethod | '';
  result: AccessResult | '';
  from: string;
  to: string;
}

export const EMPTY_DRAFT: AccessLogDraft = { doorId: '', method: '', result: '', from: '', to: '' };

export type DraftOutcome =
  | { ok: true; query: AccessLogQuery }
  | { ok: false; issues: Partial<Record<'from' | 'to', string>> };

/**
 * The query for a filled-in form, or what is wrong with it. Empty fields are left out, not sent as '': the
 * contract is strict and an absent filter means everything in scope.
 */
export function queryOfDraft(draft: AccessLogDraft): DraftOutcome {
  const from = draft.from ? utcIsoOfDisplayTime(draft.from) : undefined;
  const to = draft.to ? utcIsoOfDisplayTime(draft.to) : undefined;
  const issues: Partial<Record<'from' | 'to', string>> = {};
  if (from === null) issues.from = '请填写完整的开始时间';
  if (to === null) issues.to = '请填写完整的结束时间';
  if (from && to && Date.parse(to) <= Date.parse(from)) issues.to = '结束时间须晚于开始时间';
  if (from === null || to === null || issues.to) return { ok: false, issues };
  return {
    ok: true,
    query: {
      ...(draft.doorId ? { doorId: draft.doorId } : {}),
      ...(draft.method ? { method: draft.method } : {}),
      ...(draft.result ? { result: draft.result } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    },
  };
}

export function isFiltered(query: AccessLogQuery): boolean {
  return Object.keys(query).length > 0;
}
