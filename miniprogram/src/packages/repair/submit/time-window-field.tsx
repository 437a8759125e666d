import { Picker, Text, View } from '@tarojs/components';
import { ChoiceGroup } from '../../../components/choice-group';
import type { PickedWindow } from '../../../features/repair/repair-form';
import { formatShanghaiTime } from '../../../utils/format-shanghai-time';

interface Props {
  window: PickedWindow | null;
  onChange: (window: PickedWindow | null) => void;
  error?: string;
}

const OPTIONS = [
  { value: 'any', label: '时间不限' },
  { value: 'pick', label: '指定时间' },
] as const;

/** How far ahead a visit may be asked for: a repair is not planned a month out. */
const MAX_DAYS_AHEAD = 14;

/** Tomorrow morning, Beijing time: the usual ask, and never already past. */
function tomorrowMorning(now: Date): PickedWindow {
  const date = formatShanghaiTime(new Date(now.getTime() + 86_400_000).toISOString(), 'YYYY-MM-DD');
  return { date, from: '09:00', to: '12:00' };
}

/** 希望上门时间 (optional): any time, or a day with a from–to window from WeChat's own large pickers. */
export function TimeWindowField({ window, onChange, error }: Props) {
  const now = new Date();
  const today = formatShanghaiTime(now.toISOString(), 'YYYY-MM-DD');
  const lastDay = formatShanghaiTime(new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000).toISOString(), 'YYYY-MM-DD');
  return (
    <View>
      <ChoiceGroup
        name="repair-window"
        label="希望上门时间（选填）"
        options={OPTIONS}
        value={window ? 'pick' : 'any'}
        onChange={(value) => onChange(value === 'pick' ? tomorrowMorning(now) : null)}
        error={error}
      />
      {window && (
        <View className="field">
          <Picker
            mode="date"
            value={window.date}
            start={today}
            end={lastDay}
            onChange={(event) => onChange({ ...window, date: event.detail.value })}
          >
            <View className="window-picker" id="repair-window-date">
              日期：{window.date}
            </View>
          </Picker>
          <Picker
            mode="time"
            value={window.from}
            onChange={(event) => onChange({ ...window, from: event.detail.value })}
          >
            <View className="window-picker" id="repair-window-from">
              从：{window.from}
            </View>
          </Picker>
          <Picker mode="time" value={window.to} onChange={(event) => onChange({ ...window, to: event.detail.value })}>
            <View className="window-picker" id="repair-window-to">
              到：{window.to}（北京时间）
            </View>
          </Picker>
          <Text className="field__hint">点击日期或时间可修改</Text>
        </View>
      )}
    </View>
  );
}
