import { ErrorNotice } from './error-notice';

interface FormFooterProps {
  /** A failure no field shows; null when there is none. */
  failure: unknown;
  submitLabel: string;
  isSubmitting: boolean;
  /** The submit button's text while the request is in flight. */
  busyLabel: string;
  isDanger?: boolean;
  /** Adds 取消 (in dialogs). */
  onCancel?: () => void;
}

/** The end of a form: the failure, then 取消 and the submit button, disabled while submitting. */
export function FormFooter({ failure, submitLabel, isSubmitting, busyLabel, isDanger, onCancel }: FormFooterProps) {
  return (
    <>
      {failure ? <ErrorNotice error={failure} /> : null}
      <div className="form__actions">
        {onCancel ? (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            取消
          </button>
        ) : null}
        <button type="submit" className={isDanger ? 'button button--danger' : 'button'} disabled={isSubmitting}>
          {isSubmitting ? busyLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
