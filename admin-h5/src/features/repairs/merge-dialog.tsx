import {
  OPEN_REPAIR_STATUSES,
  REPAIR_CATEGORIES,
  REPAIR_STATUS_LABELS,
  type RepairDetail,
  type RepairSummary,
} from '@linli/shared';
import { type FormEvent, useCallback, useState } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { Dialog } from '../../ui/dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';
import { FormFooter } from '../../ui/form-footer';

interface MergeDialogProps {
  repair: RepairDetail;
  withinId: string | null;
  onMerged: (detail: RepairDetail) => void;
  onClose: () => void;
}

/** Enough to find the original of a duplicate: the open repairs of the same category, soonest due first. */
const CANDIDATES_PER_STATUS = 30;

/** Open repairs of the same category in scope, other than this one: where a duplicate most likely belongs. */
async function loadCandidates(repair: RepairDetail, withinId: string | null): Promise<RepairSummary[]> {
  const columns = await Promise.all(
    OPEN_REPAIR_STATUSES.map((status) =>
      call('repair', 'board', {
        status,
        category: repair.category,
        limit: CANDIDATES_PER_STATUS,
        ...(withinId ? { within: withinId } : {}),
      }),
    ),
  );
  return columns.flatMap((column) => column.items).filter((item) => item.repairId !== repair.repairId);
}

/**
 * 合并: closes this repair as a duplicate of another open one in the same compound. The likely originals (same
 * category, still open) are listed to pick; any other is typed as the number staff see (BX20261122-0007, any case)
 * or its id, and sent as typed: the server finds it by either, including repairs the list does not show, and says
 * why when it cannot be the target.
 */
export function MergeDialog({ repair, withinId, onMerged, onClose }: MergeDialogProps) {
  const load = useCallback(() => loadCandidates(repair, withinId), [repair, withinId]);
  const { state, retry } = useRequest(load);
  const [picked, setPicked] = useState('');
  const [typed, setTyped] = useState('');
  const [issue, setIssue] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const candidates = state.status === 'success' ? state.data : [];

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const intoId = typed.trim() || picked;
    if (!intoId) {
      setIssue('请选择或输入要合并到的报修单');
      return;
    }
    setIssue(undefined);
    setFailure(null);
    setSubmitting(true);
    try {
      onMerged(await call('repair', 'merge', { repairId: repair.repairId, intoId }));
    } catch (error) {
      setFailure(error);
      setSubmitting(false);
    }
  };

  return (
    <Dialog title="合并重复报修" description={`把 ${repair.number} 合并到另一张未完成的报修单`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        {state.status === 'loading' ? <p role="status">正在查找同类报修…</p> : null}
        {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
        {state.status === 'success' && candidates.length === 0 ? (
          <p className="empty">没有其他未完成的{REPAIR_CATEGORIES[repair.category].label}报修，可在下方输入编号。</p>
        ) : null}
        {candidates.length > 0 ? (
          <fieldset className="field">
            <legend className="field__label">同类未完成的报修</legend>
            <ul className="worker-choices">
              {candidates.map((candidate) => (
                <li key={candidate.repairId}>
                  <label className="worker-choice">
                    <input
                      type="radio"
                      name="merge-into"
                      value={candidate.repairId}
                      checked={picked === candidate.repairId && !typed.trim()}
                      onChange={() => {
                        setPicked(candidate.repairId);
                        setTyped('');
                      }}
                    />
                    <span className="worker-choice__body">
                      <span className="worker-choice__name">
                        {candidate.number} · {candidate.title}
                      </span>
                      <span className="record__note">
                        {candidate.locationLabel} · {REPAIR_STATUS_LABELS[candidate.status]}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <Field label="或输入报修单编号" error={issue} hint="如 BX20261122-0007；合并后本单关闭，由那张报修单继续处理">
          <input
            className="input"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={64}
            value={typed}
            onChange={(event) => setTyped(event.target.value)}
          />
        </Field>
        <FormFooter
          failure={failure}
          submitLabel="确认合并"
          isSubmitting={isSubmitting}
          busyLabel="正在合并…"
          isDanger
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
