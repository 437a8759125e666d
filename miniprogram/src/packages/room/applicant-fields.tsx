import { maskIdNumber } from '@linli/shared';
import type { ComponentProps } from 'react';
import { FormField } from '../../components/form-field';
import type { ApplicantForm } from './use-applicant-form';

type TextField = 'name' | 'phone' | 'idNumber';
type FieldSpec = { name: TextField } & Pick<
  ComponentProps<typeof FormField>,
  'label' | 'keyboard' | 'maxLength' | 'hint' | 'displayWhenIdle'
>;

const REQUIRED_FIELDS: readonly FieldSpec[] = [
  { name: 'name', label: '姓名', maxLength: 20 },
  { name: 'phone', label: '手机号', keyboard: 'phone', maxLength: 11 },
  // The number stays masked unless it is being edited, so a glance at the screen does not give it away.
  { name: 'idNumber', label: '身份证号码', keyboard: 'idcard', maxLength: 18, displayWhenIdle: maskIdNumber },
];

/** An invited member may leave the ID number out; the hint says what giving it is for. */
const OPTIONAL_ID_FIELDS: readonly FieldSpec[] = REQUIRED_FIELDS.map((spec) =>
  spec.name === 'idNumber' ? { ...spec, label: '身份证号码（选填）', hint: '填写后可办理需要实名的业务' } : spec,
);

interface Props {
  form: ApplicantForm;
  idNumber: 'required' | 'optional';
}

/** 姓名, 手机号 and 身份证号码 of the person applying or accepting, each with its own error underneath. */
export function ApplicantFields({ form, idNumber }: Props) {
  const fields = idNumber === 'required' ? REQUIRED_FIELDS : OPTIONAL_ID_FIELDS;
  return (
    <>
      {fields.map((spec) => (
        <FormField
          key={spec.name}
          {...spec}
          value={form.values[spec.name]}
          onChange={(value) => form.setField(spec.name, value)}
          error={form.errors[spec.name]}
        />
      ))}
    </>
  );
}
