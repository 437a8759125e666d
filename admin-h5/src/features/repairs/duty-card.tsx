import type { RepairCategory } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { ErrorNotice } from '../../ui/error-notice';
import { CATEGORY_OPTIONS, type WorkerRow } from './repair-labels';

/** Every category ticked means "all": sent as none, which the server also reads as all. */
function skillsToSend(skills: readonly RepairCategory[]): RepairCategory[] {
  return skills.length === CATEGORY_OPTIONS.length ? [] : [...skills];
}

const loadMyDuty = () => call('repair', 'myDuty', {});

function stateLineOf(row: WorkerRow): string {
  return `${row.isOnDuty ? '在岗，可自动派单' : '休息中，不会自动派单'} · 手上 ${row.openJobs} 单`;
}

/**
 * 在岗 and 接单类别: whether automatic dispatch may send this worker new jobs, and of which categories. The card
 * opens on the server's own setting (`repair.myDuty`) and then shows each answer to a save. Until that read is
 * back the controls wait, so a tap cannot overwrite categories the worker has not yet seen.
 */
export function DutyCard() {
  const { state, retry } = useRequest(loadMyDuty);
  const [saved, setSaved] = useState<WorkerRow | null>(null);
  /** Ticks changed since the last answer; null shows the answer's own categories. */
  const [draftSkills, setDraftSkills] = useState<RepairCategory[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [issue, setIssue] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const current = saved ?? (state.status === 'success' ? state.data : null);
  const isOnDuty = current?.isOnDuty ?? null;
  const skills = draftSkills ?? current?.skills ?? CATEGORY_OPTIONS.map((o) => o.value);
  const isLocked = isSaving || state.status === 'loading';

  const save = async (nextOnDuty: boolean) => {
    if (skills.length === 0) {
      setIssue('请至少选择一个接单类别');
      return;
    }
    setIssue(null);
    setFailure(null);
    setSaving(true);
    try {
      setSaved(await call('repair', 'duty', { isOnDuty: nextOnDuty, skills: skillsToSend(skills) }));
      setDraftSkills(null);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Saving categories must not quietly put a resting worker on duty: when the setting could not be read, the
    // switch is chosen first.
    if (isOnDuty === null) setIssue('请先选择在岗或休息');
    else void save(isOnDuty);
  };

  // Kept in the table's order, so what is sent reads the same however the boxes were ticked.
  const toggleSkill = (skill: RepairCategory, isOn: boolean) =>
    setDraftSkills(
      CATEGORY_OPTIONS.map((o) => o.value).filter((value) => (value === skill ? isOn : skills.includes(value))),
    );

  let stateLine = '正在读取接单状态…';
  if (current) stateLine = stateLineOf(current);
  else if (state.status === 'error') stateLine = '未能读取接单状态，可重试，或直接选择在岗或休息';

  return (
    <section className="card duty-card" aria-labelledby="duty-title" aria-busy={state.status === 'loading'}>
      <h2 id="duty-title" className="card__title">
        接单状态
      </h2>
      <p role="status" className="duty-card__state">
        {stateLine}
      </p>
      {state.status === 'error' && !saved ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      <fieldset className="duty-card__switch bare-fieldset">
        <legend className="visually-hidden">在岗状态</legend>
        <button
          type="button"
          className={isOnDuty === true ? 'button' : 'button button--secondary'}
          aria-pressed={isOnDuty === true}
          disabled={isLocked}
          onClick={() => void save(true)}
        >
          在岗
        </button>
        <button
          type="button"
          className={isOnDuty === false ? 'button' : 'button button--secondary'}
          aria-pressed={isOnDuty === false}
          disabled={isLocked}
          onClick={() => void save(false)}
        >
          休息
        </button>
      </fieldset>
      <form className="form" onSubmit={onSubmit} noValidate>
        <fieldset className="field" disabled={state.status === 'loading'}>
          <legend className="field__label">接单类别</legend>
          <div className="choice-list">
            {CATEGORY_OPTIONS.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type="checkbox"
                  checked={skills.includes(option.value)}
                  onChange={(event) => toggleSkill(option.value, event.target.checked)}
                />
                {option.label}
              </label>
            ))}
          </div>
          {issue ? <p className="field__error">{issue}</p> : null}
        </fieldset>
        {failure ? <ErrorNotice error={failure} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={isLocked}>
            {isSaving ? '正在保存…' : '保存接单类别'}
          </button>
        </div>
      </form>
    </section>
  );
}
