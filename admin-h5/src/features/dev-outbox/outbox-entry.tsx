import { formatDateTime } from '../../lib/time';
import type { OutboxEntry } from './outbox-api';
import { deliveryOf, maskOpenid, TOPIC_LABELS } from './outbox-labels';

const TONE_CLASS = { success: 'badge badge--success', danger: 'badge badge--danger', neutral: 'badge' } as const;

interface OutboxEntryCardProps {
  entry: OutboxEntry;
  /** Narrows the list to this entry's recipient without showing their whole openid. */
  onOnlyRecipient: (openid: string) => void;
}

/** One message as WeChat would have shown it (title and template fields), to whom, when, and what became of it. */
export function OutboxEntryCard({ entry, onOnlyRecipient }: OutboxEntryCardProps) {
  const delivery = deliveryOf(entry.status);
  const fields = Object.entries(entry.fields);
  return (
    <li className="record outbox-entry" data-testid={`outbox-${entry._id}`}>
      <div className="record__head">
        <h2 className="record__title">{entry.title}</h2>
        <span className={TONE_CLASS[delivery.tone]}>{delivery.label}</span>
      </div>
      <dl className="record__facts">
        <dt>主题</dt>
        <dd>
          {TOPIC_LABELS[entry.topic] ?? entry.topic} <code className="outbox-entry__code">{entry.topic}</code>
        </dd>
        <dt>收件人</dt>
        <dd className="outbox-entry__code">{maskOpenid(entry.openid)}</dd>
        <dt>时间</dt>
        <dd>
          <time dateTime={entry.createdAt}>{formatDateTime(entry.createdAt)}</time>
        </dd>
        <dt>内容</dt>
        <dd>
          {fields.length === 0 ? (
            '（无字段）'
          ) : (
            <dl className="outbox-entry__fields">
              {fields.map(([name, value]) => (
                <div key={name} className="outbox-entry__field">
                  <dt className="outbox-entry__code">{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </dd>
        {entry.detail ? (
          <>
            <dt>说明</dt>
            <dd>{entry.detail}</dd>
          </>
        ) : null}
        {entry.page ? (
          <>
            <dt>点开页面</dt>
            <dd className="outbox-entry__code">{entry.page}</dd>
          </>
        ) : null}
      </dl>
      <div className="record__actions">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onOnlyRecipient(entry.openid)}
        >
          只看此收件人
        </button>
      </div>
    </li>
  );
}
