import { MEMBERSHIP_ROLES, type MembershipRole, ZIdNumber, ZPersonName, ZPhone } from '@linli/shared';
import { z } from 'zod';

/**
 * The person filling a binding or invitation form, checked on the device with the same schemas the server uses, so
 * a resident sees the field's own Chinese message before anything is sent.
 */
export type ApplicantField = 'name' | 'phone' | 'idNumber' | 'role';
export type FieldErrors = Partial<Record<ApplicantField, string>>;

export interface ApplicantValues {
  name: string;
  phone: string;
  idNumber: string;
  role: MembershipRole | null;
}

const ZRequiredIdNumber = z.string().trim().min(1, '请填写身份证号码').pipe(ZIdNumber);

const ZApplyForm = z.object({
  name: ZPersonName,
  phone: ZPhone,
  idNumber: ZRequiredIdNumber,
  role: z.enum(MEMBERSHIP_ROLES, { error: '请选择您的身份' }),
});

/** Accepting an invitation: the role comes with the invitation and the ID number may be left out. */
const ZAcceptForm = z.object({
  name: ZPersonName,
  phone: ZPhone,
  idNumber: z
    .string()
    .trim()
    .transform((value) => (value === '' ? undefined : value))
    .pipe(ZIdNumber.optional()),
});

export type ApplyFormData = z.output<typeof ZApplyForm>;
export type AcceptFormData = z.output<typeof ZAcceptForm>;

/** The device's verdict on a form: the data to send, or one message per field. */
export type Checked<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

const FIELDS: readonly ApplicantField[] = ['name', 'phone', 'idNumber', 'role'];

function isField(key: unknown): key is ApplicantField {
  return typeof key === 'string' && (FIELDS as readonly string[]).includes(key);
}

function check<T>(schema: z.ZodType<T>, values: unknown): Checked<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    errors: errorsOf(result.error.issues.map((i) => ({ path: String(i.path[0] ?? ''), message: i.message }))),
  };
}

export function checkApplyForm(values: ApplicantValues): Checked<ApplyFormData> {
  return check(ZApplyForm, values);
}

export function checkAcceptForm(values: Omit<ApplicantValues, 'role'>): Checked<AcceptFormData> {
  return check(ZAcceptForm, { name: values.name, phone: values.phone, idNumber: values.idNumber });
}

/**
 * Field problems, first one per field: from the device's own check or the server's `issues` (paths like `phone`).
 * Problems with no field of this form are left out; the caller shows the call's message for those.
 */
export function errorsOf(issues: readonly { path: string; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.split('.')[0];
    if (isField(field) && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}
