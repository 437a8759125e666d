import { type InputOf, visitorContract } from '@linli/shared';

/**
 * The resident's visitor-pass form, checked on the device with the contract's own input schema, so a field shows
 * its Chinese message before anything is sent and the server never sees a pass it would refuse for its shape.
 */
export type PassKind = 'visitor' | 'delivery';
export type CreatePassInput = InputOf<typeof visitorContract, 'create'>;

/** The server takes at most this many doors per pass. */
export const MAX_PASS_DOORS = 10;

export const KIND_OPTIONS = [
  { value: 'visitor', label: '访客' },
  { value: 'delivery', label: '快递/外卖' },
] as const;

export const DURATION_OPTIONS = [
  { value: '2', label: '2小时' },
  { value: '24', label: '1天' },
  { value: '72', label: '3天' },
  { value: '168', label: '7天' },
] as const;
export type DurationHours = (typeof DURATION_OPTIONS)[number]['value'];

export const USES_OPTIONS = [
  { value: '1', label: '1次' },
  { value: '2', label: '2次' },
  { value: '5', label: '5次' },
  { value: '10', label: '10次' },
] as const;
export type MaxUses = (typeof USES_OPTIONS)[number]['value'];

/** A start the resident picked, in Beijing time as the pickers show it (`YYYY-MM-DD`, `HH:mm`). */
export interface PickedStart {
  date: string;
  time: string;
}

export interface PassFormValues {
  kind: PassKind;
  visitorName: string;
  phone: string;
  plate: string;
  doorIds: readonly string[];
  /** null: the pass starts when it is created. */
  start: PickedStart | null;
  hours: DurationHours;
  maxUses: MaxUses;
}

export type PassField = 'visitorName' | 'phone' | 'plate' | 'doorIds' | 'start' | 'hours';
export type PassFieldErrors = Partial<Record<PassField, string>>;
export type CheckedPass = { ok: true; data: CreatePassInput } | { ok: false; errors: PassFieldErrors };

/** The instant a Beijing wall-clock time names; China keeps UTC+8 all year. Invalid input gives an invalid Date. */
export function shanghaiInstant({ date, time }: PickedStart): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

/** Where a contract issue belongs on this form; the window's end is chosen as a duration. */
const FIELD_OF_PATH: Record<string, PassField> = {
  visitorName: 'visitorName',
  phone: 'phone',
  plate: 'plate',
  doorIds: 'doorIds',
  validFrom: 'start',
  validUntil: 'hours',
};

/** Field problems (first per field) from the device's check or the server's `issues`; unknown paths are left out. */
export function passErrorsOf(issues: readonly { path: string; message: string }[]): PassFieldErrors {
  const errors: PassFieldErrors = {};
  for (const issue of issues) {
    const field = FIELD_OF_PATH[issue.path.split('.')[0] ?? ''];
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

/**
 * The pass to send, or one message per field. A start already past (the picker still shows the minute the page
 * opened) means "from now": the visitor can come at once, which is what the resident meant.
 */
export function checkPassForm(values: PassFormValues, now: Date): CheckedPass {
  if (values.doorIds.length === 0) return { ok: false, errors: { doorIds: '请至少选择一扇门' } };
  if (values.doorIds.length > MAX_PASS_DOORS) {
    return { ok: false, errors: { doorIds: `一张通行证最多${MAX_PASS_DOORS}扇门` } };
  }
  const picked = values.start ? shanghaiInstant(values.start) : now;
  if (Number.isNaN(picked.getTime())) return { ok: false, errors: { start: '请选择生效时间' } };
  const validFrom = picked.getTime() < now.getTime() ? now : picked;
  const validUntil = new Date(validFrom.getTime() + Number(values.hours) * 3_600_000);
  const candidate = {
    kind: values.kind,
    visitorName: values.visitorName,
    phone: values.phone.trim() === '' ? undefined : values.phone,
    plate: values.plate.trim() === '' ? undefined : values.plate,
    doorIds: [...values.doorIds],
    validFrom: validFrom.toISOString(),
    validUntil: validUntil.toISOString(),
    maxUses: Number(values.maxUses),
  };
  const result = visitorContract.actions.create.input.safeParse(candidate);
  if (result.success) return { ok: true, data: result.data };
  const errors = passErrorsOf(result.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message })));
  return {
    ok: false,
    errors: Object.keys(errors).length > 0 ? errors : { visitorName: '提交的内容有误，请检查后重试' },
  };
}
