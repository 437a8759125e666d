import { type FormEvent, useState } from 'react';
import { DISPLAY_TIME_ZONE_LABEL } from '../../lib/time';
import { Field } from '../../ui/field';
import {
  ACCESS_METHOD_LABELS,
  ACCESS_METHODS,
  ACCESS_RESULT_LABELS,
  ACCESS_RESULTS,
  type AccessMethod,
  type AccessResult,
} from './access-labels';
import { type AccessLogDraft, type AccessLogQuery, EMPTY_DRAFT, queryOfDraft } from './access-log-query';
import { DoorSelect } from './door-select';

interface AccessLogFiltersProps {
  withinId: string | null;
  /** Grid members may read the log but not list controllers, so they filter by everything but the door. */
  canPickDoor: boolean;
  onApply: (query: AccessLogQuery) => void;
}

/** Desks have room to show the filters; on a phone they would push the log below the fold until asked for. */
const isWideScreen = () => typeof window.matchMedia !== 'function' || window.matchMedia('(min-width: 900px)').matches;

const isMethod = (value: string): value is AccessMethod => (ACCESS_METHODS as readonly string[]).includes(value);
const isResult = (value: string): value is AccessResult => (ACCESS_RESULTS as readonly string[]).includes(value);

/**
 * The access log's filters, applied on 查询 (each query is a scoped server read, not one per keystroke). Times are
 * typed in Beijing time and sent as UTC; a window that ends before it starts is pointed out without a call.
 */
export function AccessLogFilters({ withinId, canPickDoor, onApply }: AccessLogFiltersProps) {
  const [draft, setDraft] = useState<AccessLogDraft>(EMPTY_DRAFT);
  const [issues, setIssues] = useState<Partial<Record<'from' | 'to', string>>>({});
  const [appliedCount, setAppliedCount] = useState(0);
  const [isOpenAtFirst] = useState(isWideScreen);
  const change = (patch: Partial<AccessLogDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = queryOfDraft(draft);
    if (!outcome.ok) {
      setIssues(outcome.issues);
      return;
    }
    setIssues({});
    setAppliedCount(Object.keys(outcome.query).length);
    onApply(outcome.query);
  };

  const onClear = () => {
    setDraft(EMPTY_DRAFT);
    setIssues({});
    setAppliedCount(0);
    onApply({});
  };

  return (
    <details className="filter-panel" open={isOpenAtFirst}>
      <summary className="filter-panel__summary">筛选{appliedCount > 0 ? `（已选 ${appliedCount} 项）` : ''}</summary>
      <search>
        <form className="filter-form" aria-label="筛选通行记录" onSubmit={onSubmit} noValidate>
          {canPickDoor ? (
            <DoorSelect withinId={withinId} value={draft.doorId} onChange={(doorId) => change({ doorId })} />
          ) : null}
          <Field label="方式">
            <select
              className="select"
              value={draft.method}
              onChange={(event) => change({ method: isMethod(event.target.value) ? event.target.value : '' })}
            >
              <option value="">全部方式</option>
              {ACCESS_METHODS.map((method) => (
                <option key={method} value={method}>
                  {ACCESS_METHOD_LABELS[method]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="结果">
            <select
              className="select"
              value={draft.result}
              onChange={(event) => change({ result: isResult(event.target.value) ? event.target.value : '' })}
            >
              <option value="">全部结果</option>
              {ACCESS_RESULTS.map((result) => (
                <option key={result} value={result}>
                  {ACCESS_RESULT_LABELS[result]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="开始时间" hint={DISPLAY_TIME_ZONE_LABEL} error={issues.from}>
            <input
              className="input"
              type="datetime-local"
              value={draft.from}
              onChange={(event) => change({ from: event.target.value })}
            />
          </Field>
          <Field label="结束时间" hint={DISPLAY_TIME_ZONE_LABEL} error={issues.to}>
            <input
              className="input"
              type="datetime-local"
              value={draft.to}
              onChange={(event) => change({ to: event.target.value })}
            />
          </Field>
          <div className="filter-form__actions">
            <button type="button" className="button button--secondary" onClick={onClear}>
              清除筛选
            </button>
            <button type="submit" className="button">
              查询
            </button>
          </div>
        </form>
      </search>
    </details>
  );
}
