import { useState } from 'react';
import type { ApplicantField, ApplicantValues, FieldErrors } from '../../features/binding/applicant-form';

/** Form state shared by the binding and invitation forms: values, per-field errors cleared as the field changes. */
export function useApplicantForm(initial: ApplicantValues) {
  const [values, setValues] = useState<ApplicantValues>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  const setField = <K extends ApplicantField>(field: K, value: ApplicantValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => (current[field] === undefined ? current : { ...current, [field]: undefined }));
  };

  return { values, errors, setErrors, setField };
}
