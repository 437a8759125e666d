import {
  type ApplicationRow,
  MEMBERSHIP_STATUS_LABELS,
  MEMBERSHIP_STATUSES,
  type MembershipStatus,
} from '@linli/shared';
import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { hasErrorCode } from '../../api/field-issues';
import { pageInput } from '../../api/page-input';
import { usePagedList } from '../../api/use-paged-list';
import { type Feedback, FeedbackLine } from '../../ui/feedback-line';
import { PagedResults } from '../../ui/paged-results';
import { ReasonDialog } from '../../ui/reason-dialog';
import { Tabs } from '../../ui/tabs';
import { ApplicationCard } from './application-card';

const PAGE_SIZE = 20;
const TABS = MEMBERSHIP_STATUSES.map((status) => ({ key: status, title: MEMBERSHIP_STATUS_LABELS[status] }));

type Asking = { kind: 'reject' | 'revoke'; application: ApplicationRow };

/**
 * The binding-application queue within the reviewer's scope (or the node they narrowed to): 通过 and 驳回 on
 * pending rows, 解除认证 on approved ones. A decision disables its row until the server answers, then the list
 * is re-read; an application someone else already decided (NOT_PENDING) is reported and refreshed the same way.
 */
export function ApprovalsPage({ withinId }: { withinId: string | null }) {
  const [status, setStatus] = useState<MembershipStatus>('pending');
  const load = useCallback(
    (cursor: string | null) =>
      call('membership', 'queue', { status, ...pageInput(PAGE_SIZE, cursor, { within: withinId }) }),
    [status, withinId],
  );
  const list = usePagedList(load);
  const [busy, setBusy] = useState<ReadonlySet<string>>(() => new Set());
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);

  const markBusy = (id: string, isBusy: boolean) =>
    setBusy((current) => {
      const next = new Set(current);
      if (isBusy) next.add(id);
      else next.delete(id);
      return next;
    });

  /** Runs one decision for a row; resolves whatever happens, except errors the dialog should show. */
  const act = async (application: ApplicationRow, run: () => Promise<unknown>, done: string, inDialog: boolean) => {
    markBusy(application._id, true);
    setFeedback(null);
    try {
      await run();
      setFeedback({ tone: 'success', text: done });
      list.refresh();
    } catch (error) {
      if (hasErrorCode(error, 'MEMBERSHIP.NOT_PENDING') || hasErrorCode(error, 'RESOURCE.NOT_FOUND')) {
        setFeedback({ tone: 'error', error });
        list.refresh();
      } else if (inDialog) {
        throw error;
      } else {
        setFeedback({ tone: 'error', error });
      }
    } finally {
      markBusy(application._id, false);
    }
  };

  const onApprove = (a: ApplicationRow) =>
    void act(
      a,
      () => call('membership', 'decide', { membershipId: a._id, decision: 'approve' }),
      `已通过 ${a.name}（${a.roomLabel}）的申请`,
      false,
    );

  const onReason = async (reason: string) => {
    if (!asking) return;
    const a = asking.application;
    if (asking.kind === 'reject') {
      await act(
        a,
        () => call('membership', 'decide', { membershipId: a._id, decision: 'reject', reason }),
        `已驳回 ${a.name}（${a.roomLabel}）的申请`,
        true,
      );
    } else {
      await act(
        a,
        () => call('membership', 'remove', { membershipId: a._id, reason }),
        `已解除 ${a.name}（${a.roomLabel}）的认证`,
        true,
      );
    }
    setAsking(null);
  };

  const onTab = (next: MembershipStatus) => {
    setStatus(next);
    setFeedback(null);
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        审核
      </h1>
      <FeedbackLine feedback={feedback} />
      <Tabs label="申请状态" tabs={TABS} selected={status} onSelect={onTab}>
        <PagedResults list={list} empty={`没有${MEMBERSHIP_STATUS_LABELS[status]}的申请。`} unit="条申请">
          {(applications) => (
            <ul className="records records--grid" aria-label={`${MEMBERSHIP_STATUS_LABELS[status]}的申请`}>
              {applications.map((application) => (
                <ApplicationCard
                  key={application._id}
                  application={application}
                  isBusy={busy.has(application._id)}
                  onApprove={onApprove}
                  onReject={(a) => setAsking({ kind: 'reject', application: a })}
                  onRevoke={(a) => setAsking({ kind: 'revoke', application: a })}
                />
              ))}
            </ul>
          )}
        </PagedResults>
      </Tabs>
      {asking ? (
        <ReasonDialog
          title={asking.kind === 'reject' ? '驳回申请' : '解除认证'}
          description={`${asking.application.name} · ${asking.application.roomLabel}`}
          label={asking.kind === 'reject' ? '驳回原因' : '解除原因'}
          hint={
            asking.kind === 'reject'
              ? '申请人会看到这个原因，请写明需要补充或更正什么'
              : '解除后该居民将不能再使用此房屋的服务'
          }
          submitLabel={asking.kind === 'reject' ? '确认驳回' : '确认解除'}
          maxLength={200}
          isDanger
          onSubmit={onReason}
          onClose={() => setAsking(null)}
        />
      ) : null}
    </section>
  );
}
