import { Picker, Text, View } from '@tarojs/components';
import { ChoiceGroup } from '../../../components/choice-group';
import type { PickedStart } from '../../../features/visitor/pass-form';
import { formatShanghaiTime } from '../../../utils/format-shanghai-time';

interface Props {
  start: PickedStart | null;
  onChange: (start: PickedStart | null) => void;
  error?: string;
}

const START_OPTIONS = [
  { value: 'now', label: '立即生效' },
  { value: 'later', label: '指定时间' },
] as const;

/** How far ahead a pass may be prepared: a visit planned for next month is better sent nearer the day. */
const MAX_DAYS_AHEAD = 30;

/** The next full hour in Beijing time: a sensible first guess when the resident wants a later start. */
function nextFullHour(now: Date): PickedStart {
  const next = new Date(Math.ceil(now.getTime() / 3_600_000) * 3_600_000);
  const iso = next.toISOString();
  return { date: formatShanghaiTime(iso, 'YYYY-MM-DD'), time: formatShanghaiTime(iso, 'HH:mm') };
}

/** 生效时间: now (the usual case) or a date and time from WeChat's own pickers, which are large and familiar. */
export function StartField({ start, onChange, error }: Props) {
  const now = new Date();
  const today = formatShanghaiTime(now.toISOString(), 'YYYY-MM-DD');
  const lastDay = formatShanghaiTime(new Date(now.getTime() + MAX_DAYS_AHEAD * 86_400_000).toISOString(), 'YYYY-MM-DD');
  return (
    <View>
      <ChoiceGroup
        name="pass-start"
        label="生效时间"
        options={START_OPTIONS}
        value={start ? 'later' : 'now'}
        onChange={(value) => onChange(value === 'later' ? nextFullHour(now) : null)}
        error={error}
      />
      {start && (
        <View className="field">
          <Picker
            mode="date"
            value={start.date}
            start={today}
            end={lastDay}
            onChange={(event) => onChange({ ...start, date: event.detail.value })}
          >
            <View className="start-picker" id="pass-start-date">
              日期：{start.date}
            </View>
          </Picker>
          <Picker mode="time" value={start.time} onChange={(event) => onChange({ ...start, time: event.detail.value })}>
            <View className="start-picker" id="pass-start-time">
              时间：{start.time}（北京时间）
            </View>
          </Picker>
          <Text className="field__hint">点击日期或时间可修改</Text>
        </View>
      )}
    </View>
  );
}
