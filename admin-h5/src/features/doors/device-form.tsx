import { CallError, DEVICE_VENDORS, type DeviceRow } from '@linli/shared';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../../api/call';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';
import { FormFooter } from '../../ui/form-footer';
import { CompoundSelect } from '../import/compound-select';
import { VENDOR_LABELS } from './access-labels';
import { checkDraft, type DeviceDraft, type DraftIssues, draftOf, issuesOf, type StoredDevice } from './device-draft';
import { DoorRows } from './door-rows';
import { usePlacesUnder } from './use-places-under';

interface DeviceFormProps {
  /** What is stored for the controller being edited; null for a new one. */
  initial: StoredDevice | null;
  /** The controller the form saves to; null until a new one is first saved. */
  deviceId: string | null;
  onSaved: (device: DeviceRow) => void;
}

/** Server issues the form shows beside a field; the rest (and failures without issues) go in the notice on top. */
function isShownBesideField(path: string): boolean {
  return /^(vendor|name|compoundId|buildingId|baseUrl|username|password|doors)(\.\d+\.(doorNo|name|unitId))?$/.test(
    path,
  );
}

/**
 * A door controller's registration: brand, name, where it is (a compound's gate, or a building's unit doors), how
 * the cloud reaches it, and its doors. Checked with the contract's schema before sending; the server's answer comes
 * back beside the fields, or on top when no field can hold it.
 */
export function DeviceForm({ initial, deviceId, onSaved }: DeviceFormProps) {
  const [draft, setDraft] = useState<DeviceDraft>(() => draftOf(initial));
  const [issues, setIssues] = useState<DraftIssues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);
  const [focusTick, setFocusTick] = useState(0);
  const form = useRef<HTMLFormElement>(null);
  const buildings = usePlacesUnder(draft.compoundId, 'building');
  const set = <K extends keyof DeviceDraft>(key: K, value: DeviceDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  // A moved controller starts its building and units over: they belonged to the old place.
  const onCompound = useCallback(
    (compoundId: string) =>
      setDraft((d) =>
        d.compoundId === compoundId
          ? d
          : { ...d, compoundId, buildingId: '', doors: d.doors.map((door) => ({ ...door, unitId: '' })) },
      ),
    [],
  );
  const onBuilding = (buildingId: string) =>
    setDraft((d) => ({ ...d, buildingId, doors: d.doors.map((door) => ({ ...door, unitId: '' })) }));

  // After a refused save, take the person to what needs fixing: the notice on top, else the first marked field.
  useEffect(() => {
    if (focusTick === 0) return;
    form.current?.querySelector<HTMLElement>('.device-form__failure, [aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDraft(draft, deviceId);
    setFailure(null);
    if (checked.issues) {
      setIssues(checked.issues);
      setFocusTick((n) => n + 1);
      return;
    }
    setIssues({});
    setSaving(true);
    try {
      const { device } = await call('door', 'saveDevice', checked.input);
      setDraft((d) => ({ ...d, password: '' }));
      onSaved(device);
    } catch (error) {
      const all = issuesOf(error instanceof CallError ? (error.issues ?? []) : []);
      const shown = Object.fromEntries(Object.entries(all).filter(([path]) => isShownBesideField(path)));
      setIssues(shown);
      if (Object.keys(shown).length < Object.keys(all).length || Object.keys(all).length === 0) setFailure(error);
      setFocusTick((n) => n + 1);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form ref={form} className="form device-form" onSubmit={onSubmit} noValidate aria-label="门禁设备登记">
      {failure ? (
        <div className="device-form__failure" tabIndex={-1}>
          <ErrorNotice error={failure} />
        </div>
      ) : null}
      <fieldset className="field">
        <legend className="field__label">品牌</legend>
        <div className="choice-list">
          {DEVICE_VENDORS.map((vendor) => (
            <label key={vendor} className="choice">
              <input
                type="radio"
                name="vendor"
                value={vendor}
                checked={draft.vendor === vendor}
                onChange={() => set('vendor', vendor)}
              />
              {VENDOR_LABELS[vendor]}
            </label>
          ))}
        </div>
        {issues.vendor ? <p className="field__error">{issues.vendor}</p> : null}
      </fieldset>
      <Field label="设备名称" error={issues.name} hint="如 南门门禁、3栋单元门">
        <input className="input" maxLength={40} value={draft.name} onChange={(e) => set('name', e.target.value)} />
      </Field>
      <CompoundSelect
        label="所在小区"
        value={draft.compoundId}
        onChange={onCompound}
        disabled={isSaving}
        error={issues.compoundId}
        known={initial ? { _id: initial.compoundId, label: initial.compoundLabel } : undefined}
      />
      {buildings.state.status === 'error' ? (
        <ErrorNotice error={buildings.state.error} onRetry={buildings.retry} />
      ) : (
        <Field
          label="楼栋"
          error={issues.buildingId}
          hint="不选楼栋：小区大门的门禁，小区住户都能开；选了楼栋：该楼的单元门门禁"
        >
          <select
            className="select"
            value={draft.buildingId}
            disabled={!draft.compoundId || buildings.state.status !== 'success'}
            onChange={(e) => onBuilding(e.target.value)}
          >
            <option value="">无（小区大门）</option>
            {(buildings.state.status === 'success' ? buildings.state.data : []).map((building) => (
              <option key={building._id} value={building._id}>
                {building.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field label="设备地址" error={issues.baseUrl} hint="云端访问设备用的地址，如 http://192.168.1.64">
        <input
          className="input"
          type="url"
          inputMode="url"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={200}
          value={draft.baseUrl}
          onChange={(e) => set('baseUrl', e.target.value)}
        />
      </Field>
      <Field label="账号" error={issues.username} hint="设备的登录账号">
        <input
          className="input"
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          maxLength={64}
          value={draft.username}
          onChange={(e) => set('username', e.target.value)}
        />
      </Field>
      <Field label="密码" error={issues.password} hint={deviceId ? undefined : '设备的登录密码，加密保存，不会再显示'}>
        <input
          className="input"
          type="password"
          autoComplete="new-password"
          maxLength={128}
          placeholder={deviceId ? '不修改请留空' : undefined}
          value={draft.password}
          onChange={(e) => set('password', e.target.value)}
        />
      </Field>
      <DoorRows
        doors={draft.doors}
        buildingId={draft.buildingId}
        issues={issues}
        onChange={(doors) => set('doors', doors)}
      />
      <FormFooter failure={null} submitLabel="保存" isSubmitting={isSaving} busyLabel="正在保存并连接设备…" />
    </form>
  );
}
