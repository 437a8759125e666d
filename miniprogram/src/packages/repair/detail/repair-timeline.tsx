import type { RepairDetail } from '@linli/shared';
import { Text, View } from '@tarojs/components';
import { roleOf } from '../../../components/a11y';
import { formatRepairTime, TIMELINE_LABELS } from '../../../features/repair/repair-labels';
import { PhotoGrid } from './photo-grid';

/** 处理进度: every step, newest first, with who took it and when (Beijing time). */
export function RepairTimeline({ events }: { events: RepairDetail['timeline'] }) {
  const newestFirst = [...events].reverse();
  return (
    <View className="card" id="repair-timeline" {...roleOf('list', { 'aria-label': '处理进度' })}>
      <Text className="card__title">处理进度</Text>
      {newestFirst.map((event, index) => (
        <View
          // biome-ignore lint/suspicious/noArrayIndexKey: a timeline only grows at its end, so the position from the start names an event for good
          key={events.length - index}
          className={`timeline__event${index === 0 ? ' timeline__event--latest' : ''}`}
          data-action={event.action}
          {...roleOf('listitem')}
        >
          <Text className="timeline__label">{TIMELINE_LABELS[event.action]}</Text>
          <Text className="timeline__meta">
            {formatRepairTime(event.at)} · {event.actorLabel}
          </Text>
          {event.note && <Text className="timeline__note">{event.note}</Text>}
          {event.photos.length > 0 && <PhotoGrid photos={event.photos} name={`timeline-${index + 1}`} />}
        </View>
      ))}
    </View>
  );
}
