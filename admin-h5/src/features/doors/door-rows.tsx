import { MAX_DOORS_PER_DEVICE } from '@linli/shared';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';
import { type DoorDraft, type DraftIssues, withDoorAdded } from './device-draft';
import { usePlacesUnder } from './use-places-under';

interface DoorRowsProps {
  doors: DoorDraft[];
  /** The controller's building; '' for a gate controller, whose doors name no unit. */
  buildingId: string;
  issues: DraftIssues;
  onChange: (doors: DoorDraft[]) => void;
}

const DOOR_NUMBERS = Array.from({ length: MAX_DOORS_PER_DEVICE }, (_, index) => index + 1);

/**
 * The doors a controller drives, one row each: its number on the controller, the name residents see, and for a
 * building's controller the unit whose residents it lets in. One to MAX_DOORS_PER_DEVICE rows.
 */
export function DoorRows({ doors, buildingId, issues, onChange }: DoorRowsProps) {
  const units = usePlacesUnder(buildingId, 'unit');
  const unitItems = units.state.status === 'success' ? units.state.data : [];
  const change = (key: number, patch: Partial<DoorDraft>) =>
    onChange(doors.map((door) => (door.key === key ? { ...door, ...patch } : door)));

  return (
    <fieldset className="field door-rows">
      <legend className="field__label">门</legend>
      {buildingId && units.state.status === 'error' ? (
        <ErrorNotice error={units.state.error} onRetry={units.retry} />
      ) : null}
      {doors.map((door, index) => {
        const at = `doors.${index}`;
        return (
          <fieldset key={door.key} className="door-row">
            <legend className="door-row__title">第 {index + 1} 扇门</legend>
            <Field label="门号" error={issues[`${at}.doorNo`]}>
              <select
                className="select"
                value={door.doorNo}
                onChange={(event) => change(door.key, { doorNo: Number(event.target.value) })}
              >
                {DOOR_NUMBERS.map((doorNo) => (
                  <option key={doorNo} value={doorNo}>
                    {doorNo}号
                  </option>
                ))}
              </select>
            </Field>
            <Field
              label="名称"
              error={issues[`${at}.name`]}
              hint={index === 0 ? '住户在小程序里看到的名字，如 南门' : undefined}
            >
              <input
                className="input"
                maxLength={20}
                value={door.name}
                onChange={(event) => change(door.key, { name: event.target.value })}
              />
            </Field>
            {buildingId ? (
              <Field label="单元" error={issues[`${at}.unitId`]}>
                <select
                  className="select"
                  value={door.unitId}
                  disabled={units.state.status !== 'success'}
                  onChange={(event) => change(door.key, { unitId: event.target.value })}
                >
                  <option value="">不指定（本楼住户都能开）</option>
                  {unitItems.map((unit) => (
                    <option key={unit._id} value={unit._id}>
                      {unit.name}
                    </option>
                  ))}
                </select>
              </Field>
            ) : null}
            {doors.length > 1 ? (
              <button
                type="button"
                className="button button--secondary button--small door-row__remove"
                onClick={() => onChange(doors.filter((d) => d.key !== door.key))}
              >
                移除第 {index + 1} 扇门
              </button>
            ) : null}
          </fieldset>
        );
      })}
      {issues.doors ? <p className="field__error">{issues.doors}</p> : null}
      {doors.length < MAX_DOORS_PER_DEVICE ? (
        <button type="button" className="button button--secondary" onClick={() => onChange(withDoorAdded(doors))}>
          添加一扇门
        </button>
      ) : (
        <p className="field__hint">一台设备最多 {MAX_DOORS_PER_DEVICE} 扇门。</p>
      )}
    </fieldset>
  );
}
