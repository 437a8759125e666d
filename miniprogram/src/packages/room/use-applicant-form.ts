import { useState } from 'react';
import {
  type ApplicantField,
  type ApplicantValues,
  type Checked,
  errorsOf,
  type FieldErrors,
} from '../../features/binding/applicant-form';
import { type Failure, failureOf } from '../../services/call-errors';

const EMPTY: ApplicantValues = { name: '', phone: '', idNumber: '', role: null };

/**
 * Form state and submission shared by the binding and invitation forms: values, per-field errors cleared as the
 * field changes, and a submit that checks on the device first, then sends; the server's field issues land under
 * their fields and its message in `failure`.
 */
export function useApplicantForm<T>(check: (values: ApplicantValues) => Checked<T>, send: (data: T) => Promise<void>) {
  const [values, setValues] = useState<ApplicantValues>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<Failure | null>(null);
  const [isSending, setIsSending] = useState(false);

  const setField = <K extends ApplicantField>(field: K, value: ApplicantValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  };

  const submit = async () => {
    setFailure(null);
    const checked = check(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setIsSending(true);
    try {
      await send(checked.data);
    } catch (error) {
      const found = failureOf(error);
      setErrors(errorsOf(found.issues));
      setFailure(found);
    } finally {
      setIsSending(false);
    }
  };

  return { values, errors, setField, failure, isSending, submit };
}

export type ApplicantForm = Pick<ReturnType<typeof useApplicantForm>, 'values' | 'errors' | 'setField'>;
