import type { RepairDetail } from '@linli/shared';
import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { hasErrorCode } from '../../api/field-issues';
import { useRequest } from '../../api/use-request';
import { hrefOf } from '../../router/hash-location';
import { ErrorNotice } from '../../ui/error-notice';
import { type Feedback, FeedbackLine } from '../../ui/feedback-line';
import { RepairActions } from './repair-actions';
import { RepairOverview } from './repair-overview';
import { RepairTimeline } from './repair-timeline';
import './repairs.css';

interface RepairDetailPageProps {
  repairId: string;
  withinId: string | null;
  /** Where 返回 leads: the dispatch board or the worker's jobs. */
  back: { path: string; label: string };
}

/**
 * One repair for staff: the overview, the timeline, and the steps the caller may take now. Each step answers with
 * the repair as it stands, which replaces what is shown; a step refused because someone else moved the repair
 * first re-reads it, so the buttons match its new status.
 */
export function RepairDetailPage({ repairId, withinId, back }: RepairDetailPageProps) {
  const load = useCallback(() => call('repair', 'detail', { repairId }), [repairId]);
  const { state, retry, refresh } = useRequest(load);
  const [latest, setLatest] = useState<RepairDetail | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const repair = latest ?? (state.status === 'success' ? state.data : null);

  const onDone = (detail: RepairDetail, message: string) => {
    setLatest(detail);
    setFeedback({ tone: 'success', text: message });
  };
  const onFailed = (error: unknown) => {
    setFeedback({ tone: 'error', error });
    if (hasErrorCode(error, 'REPAIR.ILLEGAL_TRANSITION')) {
      setLatest(null);
      refresh();
    }
  };

  return (
    <section className="page repair-detail" aria-labelledby="page-title">
      <p>
        <a href={hrefOf(back.path)}>← {back.label}</a>
      </p>
      <h1 id="page-title" className="page__title">
        {repair ? repair.title : '报修详情'}
      </h1>
      <FeedbackLine feedback={feedback} />
      {state.status === 'loading' && !repair ? <p role="status">正在加载…</p> : null}
      {state.status === 'error' && !repair ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
      {repair ? (
        <>
          <RepairActions repair={repair} withinId={withinId} onDone={onDone} onFailed={onFailed} />
          <RepairOverview repair={repair} now={Date.now()} />
          <RepairTimeline events={repair.timeline} />
        </>
      ) : null}
    </section>
  );
}
