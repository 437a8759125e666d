import type { RepairCategory } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { ErrorNotice } from '../../ui/error-notice';
import { CATEGORY_OPTIONS, type WorkerRow } from './repair-labels';

/** Every category ticked means "all": sent as none, which the server also reads as all. */
function skillsToSend(skills: readonly RepairCategory[]): RepairCategory[] {
  return skills.length === CATEGORY_OPTIONS.length ? [] : [...skills];
}

/**
 * 在岗 and 接单类别: whether automatic dispatch may send this worker new jobs, and of which categories. The
 * contract has no read of the current setting, so the card shows the server's answer once the worker saves one;
 * until then it says the setting is unknown rather than guess.
 */
export function DutyCard() {
  const [saved, setSaved] = useState<WorkerRow | null>(null);
  const [isOnDuty, setOnDuty] = useState<boolean | null>(null);
  const [skills, setSkills] = useState<RepairCategory[]>(() => CATEGORY_OPTIONS.map((o) => o.value));
  const [failure, setFailure] = useState<unknown>(null);
  const [issue, setIssue] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = async (nextOnDuty: boolean) => {
    if (skills.length === 0) {
      setIssue('请至少选择一个接单类别');
      return;
    }
    setIssue(null);
    setFailure(null);
    setSaving(true);
    try {
      const row = await call('repair', 'duty', { isOnDuty: nextOnDuty, skills: skillsToSend(skills) });
      setSaved(row);
      setOnDuty(row.isOnDuty);
      setSkills(row.skills);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Saving categories must not quietly put a resting worker on duty: the switch is chosen first.
    if (isOnDuty === null) setIssue('请先选择在岗或休息');
    else void save(isOnDuty);
  };

  const toggleSkill = (skill: RepairCategory, isOn: boolean) =>
    setSkills((current) => (isOn ? [...current, skill] : current.filter((s) => s !== skill)));

  return (
    <section className="card duty-card" aria-labelledby="duty-title">
      <h2 id="duty-title" className="card__title">
        接单状态
      </h2>
      <p role="status" className="duty-card__state">
        {saved
          ? `${saved.isOnDuty ? '在岗，可自动派单' : '休息中，不会自动派单'} · 手上 ${saved.openJobs} 单`
          : '本次登录尚未设置，派单以上次设置为准'}
      </p>
      <fieldset className="duty-card__switch bare-fieldset">
        <legend className="visually-hidden">在岗状态</legend>
        <button
          type="button"
          className={isOnDuty === true ? 'button' : 'button button--secondary'}
          aria-pressed={isOnDuty === true}
          disabled={isSaving}
          onClick={() => void save(true)}
        >
          在岗
        </button>
        <button
          type="button"
          className={isOnDuty === false ? 'button' : 'button button--secondary'}
          aria-pressed={isOnDuty === false}
          disabled={isSaving}
          onClick={() => void save(false)}
        >
          休息
        </button>
      </fieldset>
      <form className="form" onSubmit={onSubmit} noValidate>
        <fieldset className="field">
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
          <button type="submit" className="button button--secondary" disabled={isSaving}>
            {isSaving ? '正在保存…' : '保存接单类别'}
          </button>
        </div>
      </form>
    </section>
  );
}
