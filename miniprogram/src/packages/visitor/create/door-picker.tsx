import { Text, View } from '@tarojs/components';
import { roleOf } from '../../../components/a11y';
import { DOOR_KIND_LABELS, type DoorView } from '../../../features/door/use-doors';

interface Props {
  doors: readonly DoorView[];
  selected: readonly string[];
  onChange: (doorIds: string[]) => void;
  error?: string;
}

/** Which doors the pass opens: each door a full-width tile that toggles (checkbox semantics), in the page's order. */
export function DoorPicker({ doors, selected, onChange, error }: Props) {
  const toggle = (doorId: string) =>
    onChange(
      selected.includes(doorId)
        ? selected.filter((id) => id !== doorId)
        : doors.map((d) => d.doorId).filter((id) => id === doorId || selected.includes(id)),
    );
  return (
    <View className={`field${error ? ' field--invalid' : ''}`}>
      <Text className="field__label" id="field-pass-doors-label">
        可通行的门
      </Text>
      <View
        className="door-picker"
        id="field-pass-doors"
        {...roleOf('group', { 'aria-labelledby': 'field-pass-doors-label' })}
      >
        {doors.map((door) => {
          const isSelected = selected.includes(door.doorId);
          return (
            <View
              key={door.doorId}
              className={`choice${isSelected ? ' choice--selected' : ''}`}
              data-testid={`pick-door-${door.doorId}`}
              onClick={() => toggle(door.doorId)}
              {...roleOf('checkbox', { 'aria-checked': isSelected, tabindex: 0 })}
            >
              {isSelected ? '✓ ' : ''}
              {door.name}（{DOOR_KIND_LABELS[door.kind]}）
            </View>
          );
        })}
      </View>
      {error && (
        <Text className="field__error" data-testid="field-pass-doors-error">
          {error}
        </Text>
      )}
    </View>
  );
}
