import { Field } from './field';

/** What ZNewPassword asks for, said the same way wherever a new password is typed. */
export const NEW_PASSWORD_HINT = '至少8位，需同时包含字母和数字';

interface PasswordFieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** current-password lets the browser fill the saved one; new-password lets it offer a generated one. */
  autoComplete: 'current-password' | 'new-password';
  value: string;
  onChange: (value: string) => void;
}

/** A labelled password input with its hint and error. */
export function PasswordField({ label, error, hint, autoComplete, value, onChange }: PasswordFieldProps) {
  return (
    <Field label={label} error={error} hint={hint}>
      <input
        className="input"
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
