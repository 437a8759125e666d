import { REPAIR_STATUS_LABELS, type RepairDetail } from '@linli/shared';
import { formatDateTime } from '../../lib/time';
import { PhotoGallery } from '../../ui/photo-gallery';
import { TIMELINE_LABELS } from './repair-labels';

type RepairEvent = RepairDetail['timeline'][number];

function statusChangeOf(event: RepairEvent): string | null {
  if (!event.to || event.from === event.to) return null;
  return event.from
    ? `${REPAIR_STATUS_LABELS[event.from]} → ${REPAIR_STATUS_LABELS[event.to]}`
    : REPAIR_STATUS_LABELS[event.to];
}

/** Every step the repair took, oldest first as the server keeps them: when, who, what, the status it moved to. */
export function RepairTimeline({ events }: { events: RepairDetail['timeline'] }) {
  return (
    <section className="card" aria-labelledby="repair-timeline">
      <h2 id="repair-timeline" className="card__title">
        处理进度
      </h2>
      <ol className="timeline">
        {events.map((event, index) => {
          const change = statusChangeOf(event);
          return (
            // The timeline only grows, so an entry's place in it is stable.
            // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id and two may share a time.
            <li key={index} className="timeline__entry">
              <p className="timeline__head">
                <strong>{TIMELINE_LABELS[event.action]}</strong>
                <span>{event.actorLabel}</span>
              </p>
              <p className="record__note">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
                {change ? ` · ${change}` : null}
              </p>
              {event.note ? <p className="repair-description">{event.note}</p> : null}
              {/* The report's own photos lead the page already; a later step's (a fix, a reopening) show here. */}
              {event.action === 'submit' ? null : (
                <PhotoGallery photos={event.photos} label={`${TIMELINE_LABELS[event.action]}照片`} />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
