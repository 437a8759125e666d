import { Text, Textarea, View } from '@tarojs/components';
import { isWeapp } from '../../services/config';

interface Props {
  /** Field name: ids are `field-<name>` (the browser build's <textarea> sits inside). */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  maxLength: number;
}

/** A labelled multi-line input with its error underneath, and how much room is left once most is used. */
export function TextAreaField({ name, label, value, onChange, error, hint, placeholder, maxLength }: Props) {
  const nativeProps = isWeapp
    ? undefined
    : { 'aria-label': label, 'aria-invalid': error ? 'true' : 'false', autocomplete: 'off' };
  const isNearLimit = value.length > maxLength * 0.8;
  return (
    <View className={`field${error ? ' field--invalid' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Textarea
        id={`field-${name}`}
        className="field__input text-area"
        value={value}
        placeholder={placeholder}
        maxlength={maxLength}
        nativeProps={nativeProps}
        onInput={(event) => onChange(event.detail.value)}
      />
      {error && (
        <Text className="field__error" id={`field-${name}-error`} data-testid={`field-${name}-error`}>
          {error}
        </Text>
      )}
      {hint && !error && <Text className="field__hint">{hint}</Text>}
      {isNearLimit && (
        <Text className="field__hint">
          {value.length}/{maxLength}
        </Text>
      )}
    </View>
  );
}
