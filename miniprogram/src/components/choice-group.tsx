import { Text, View } from '@tarojs/components';
import { roleOf } from './a11y';

interface Option<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  name: string;
  label: string;
  options: readonly Option<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string;
}

/** One of a few choices as big tiles (radio semantics): easier to hit than WeChat's small radio circles. */
export function ChoiceGroup<T extends string>({ name, label, options, value, onChange, error }: Props<T>) {
  return (
    <View className={`field${error ? ' field--invalid' : ''}`}>
      <Text className="field__label" id={`field-${name}-label`}>
        {label}
      </Text>
      <View
        className="choice-group"
        id={`field-${name}`}
        {...roleOf('radiogroup', { 'aria-labelledby': `field-${name}-label` })}
      >
        {options.map((option) => {
          const isSelected = option.value === value;
          return (
            <View
              key={option.value}
              className={`choice${isSelected ? ' choice--selected' : ''}`}
              data-testid={`choice-${name}-${option.value}`}
              onClick={() => onChange(option.value)}
              {...roleOf('radio', { 'aria-checked': isSelected, tabindex: 0 })}
            >
              {option.label}
            </View>
          );
        })}
      </View>
      {error && (
        <Text className="field__error" data-testid={`field-${name}-error`}>
          {error}
        </Text>
      )}
    </View>
  );
}
