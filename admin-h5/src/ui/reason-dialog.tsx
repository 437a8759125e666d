import { type FormEvent, type ReactNode, useState } from 'react';
import { fieldIssuesOf } from '../api/field-issues';
import { Dialog } from './dialog';
import { Field } from './field';
import { FormFooter } from './form-footer';

interface ReasonDialogProps {
  title: string;
  description?: ReactNode;
  /** The textarea's label, e.g. 驳回原因. */
  label: string;
  hint?: string;
  submitLabel: string;
  /** Characters required; the server's limits, checked here first so a blank reason costs no round trip. */
  minLength?: number;
  maxLength: number;
  isDanger?: boolean;
  /** Resolves when done (the dialog is then closed by the caller); a rejection is shown in the dialog. */
  onSubmit: (reason: string) => Promise<void>;
  onClose: () => void;
}

/** Asks for a written reason before an action that needs one (驳回, 解除认证, 查看身份证号). */
export function ReasonDialog(props: ReasonDialogProps) {
  const { title, description, label, hint, submitLabel, minLength = 1, maxLength, isDanger, onSubmit, onClose } = props;
  const [reason, setReason] = useState('');
  const [issue, setIssue] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (trimmed.length < minLength) {
      setIssue(minLength > 1 ? `请填写${label}（至少${minLength}个字）` : `请填写${label}`);
      return;
    }
    setIssue(undefined);
    setFailure(null);
    setSubmitting(true);
    try {
      await onSubmit(trimmed);
    } catch (error) {
      const { reason: fieldIssue } = fieldIssuesOf(error);
      if (fieldIssue) setIssue(fieldIssue);
      else setFailure(error);
      setSubmitting(false);
    }
  };

  return (
    <Dialog title={title} description={description} onClose={onClose}>
      <form className="form" onSubmit={submit} noValidate>
        <Field label={label} error={issue} hint={hint}>
          <textarea
            className="textarea"
            data-autofocus
            required
            maxLength={maxLength}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        </Field>
        <FormFooter
          failure={failure}
          submitLabel={submitLabel}
          isSubmitting={isSubmitting}
          busyLabel="正在提交…"
          isDanger={isDanger}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
