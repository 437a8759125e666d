import { Input, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { isWeapp } from '../services/config';

type Keyboard = 'text' | 'phone' | 'idcard';

interface Props {
  /** Field name: ids are `field-<name>` (the input inside the browser build answers to the label too). */
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
  keyboard?: Keyboard;
  maxLength?: number;
  /** What to show while the field is not being edited (e.g. a masked ID number); the real value while editing. */
  displayWhenIdle?: (value: string) => string;
  /** The keyboard's confirm key (搜索 / 完成). */
  onConfirm?: () => void;
}

/** WeChat keyboards per field; the browser gets plain text inputs with a numeric keypad hint for phones. */
function inputType(keyboard: Keyboard): 'text' | 'number' | 'idcard' {
  if (!isWeapp) return 'text';
  if (keyboard === 'phone') return 'number';
  return keyboard;
}

/** A labelled input with its error underneath. The label is also given to the browser's <input> for screen readers. */
export function FormField(props: Props) {
  const { name, label, value, onChange, error, hint, placeholder, keyboard = 'text', maxLength = 140 } = props;
  const [isEditing, setIsEditing] = useState(false);
  const shown = !isEditing && props.displayWhenIdle && value !== '' ? props.displayWhenIdle(value) : value;
  const nativeProps = isWeapp
    ? undefined
    : {
        'aria-label': label,
        'aria-invalid': error ? 'true' : 'false',
        'aria-describedby': error ? `field-${name}-error` : undefined,
        inputmode: keyboard === 'phone' ? 'numeric' : undefined,
        autocomplete: 'off',
      };
  return (
    <View className={`field${error ? ' field--invalid' : ''}`}>
      <Text className="field__label">{label}</Text>
      <Input
        id={`field-${name}`}
        className="field__input"
        type={inputType(keyboard)}
        value={shown}
        placeholder={placeholder}
        maxlength={maxLength}
        nativeProps={nativeProps}
        onFocus={() => setIsEditing(true)}
        onBlur={() => setIsEditing(false)}
        onInput={(event) => onChange(event.detail.value)}
        onConfirm={props.onConfirm}
      />
      {error && (
        <Text className="field__error" id={`field-${name}-error`} data-testid={`field-${name}-error`}>
          {error}
        </Text>
      )}
      {hint && !error && <Text className="field__hint">{hint}</Text>}
    </View>
  );
}
