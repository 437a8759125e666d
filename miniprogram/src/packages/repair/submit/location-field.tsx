import { Text, View } from '@tarojs/components';
import { ChoiceGroup } from '../../../components/choice-group';
import { FormField } from '../../../components/form-field';
import type { LocationKind } from '../../../features/repair/repair-form';

interface Props {
  roomLabel: string;
  kind: LocationKind;
  place: string;
  onKind: (kind: LocationKind) => void;
  onPlace: (place: string) => void;
  error?: string;
}

const OPTIONS = [
  { value: 'room', label: '本户' },
  { value: 'public', label: '公共部位' },
] as const;

/** 报修位置: my own room (the current one, named so there is no doubt), or a public place in the compound. */
export function LocationField({ roomLabel, kind, place, onKind, onPlace, error }: Props) {
  return (
    <View>
      <ChoiceGroup name="repair-location" label="报修位置" options={OPTIONS} value={kind} onChange={onKind} />
      {kind === 'room' ? (
        <View className="field">
          <Text className="field__hint" id="repair-room-label">
            本户：{roomLabel}
          </Text>
        </View>
      ) : (
        <FormField
          name="repair-place"
          label="具体位置"
          placeholder="如 3栋电梯、南门道闸"
          value={place}
          onChange={onPlace}
          error={error}
          maxLength={50}
        />
      )}
    </View>
  );
}
