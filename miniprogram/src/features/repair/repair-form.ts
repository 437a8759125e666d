import { type InputOf, type RepairCategory, type RepairUrgency, repairContract } from '@linli/shared';

/**
 * The resident's repair form, checked on the device with the contract's own input schema: each field shows its
 * Chinese message before anything is sent, and the server never sees a report it would refuse for its shape.
 */
export type SubmitRepairInput = InputOf<typeof repairContract, 'submit'>;

export type LocationKind = 'room' | 'public';

/** A preferred visit on one day, in Beijing time as the pickers show it (`YYYY-MM-DD`, `HH:mm`). */
export interface PickedWindow {
  date: string;
  from: string;
  to: string;
}

export interface RepairFormValues {
  category: RepairCategory | null;
  urgency: RepairUrgency;
  locationKind: LocationKind;
  /** Where in the compound, for 公共部位 (e.g. 3栋电梯). */
  place: string;
  description: string;
  /** Photos already uploaded, in the order shown. */
  photoIds: readonly string[];
  /** null: any time suits. */
  window: PickedWindow | null;
}

export type RepairField = 'category' | 'urgency' | 'place' | 'description' | 'photos' | 'window';
export type RepairFieldErrors = Partial<Record<RepairField, string>>;
export type CheckedRepair = { ok: true; data: SubmitRepairInput } | { ok: false; errors: RepairFieldErrors };

/** Where a contract issue belongs on this form (by the first segment of its path). */
const FIELD_OF_PATH: Record<string, RepairField> = {
  category: 'category',
  urgency: 'urgency',
  location: 'place',
  description: 'description',
  photoIds: 'photos',
  preferredTime: 'window',
};

/** Field problems (first per field) from the device's check or the server's `issues`; unknown paths are left out. */
export function repairErrorsOf(issues: readonly { path: string; message: string }[]): RepairFieldErrors {
  const errors: RepairFieldErrors = {};
  for (const issue of issues) {
    const field = FIELD_OF_PATH[issue.path.split('.')[0] ?? ''];
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

/** The instant a Beijing wall-clock time names; China keeps UTC+8 all year. Invalid input gives an invalid Date. */
function shanghaiInstant(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+08:00`);
}

function windowOf(window: PickedWindow, now: Date): { from: string; to: string } | string {
  const from = shanghaiInstant(window.date, window.from);
  const to = shanghaiInstant(window.date, window.to);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return '请选择上门时间';
  // The end still ahead is what matters: a window that has begun can still be kept.
  if (to.getTime() <= now.getTime()) return '请选择今后的时间';
  return { from: from.toISOString(), to: to.toISOString() };
}

/** The report to send, or one message per field. */
export function checkRepairForm(values: RepairFormValues, now: Date): CheckedRepair {
  if (values.category === null) return { ok: false, errors: { category: '请选择报修类别' } };
  const window = values.window ? windowOf(values.window, now) : undefined;
  if (typeof window === 'string') return { ok: false, errors: { window } };
  const candidate = {
    category: values.category,
    urgency: values.urgency,
    location:
      values.locationKind === 'room' ? { kind: 'room' as const } : { kind: 'public' as const, place: values.place },
    description: values.description,
    photoIds: [...values.photoIds],
    ...(window ? { preferredTime: window } : {}),
  };
  const result = repairContract.actions.submit.input.safeParse(candidate);
  if (result.success) return { ok: true, data: result.data };
  const errors = repairErrorsOf(result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  return {
    ok: false,
    errors: Object.keys(errors).length > 0 ? errors : { description: '提交的内容有误，请检查后重试' },
  };
}
