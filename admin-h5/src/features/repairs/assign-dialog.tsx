import { REPAIR_CATEGORIES, REPAIR_CATEGORY_IDS, type RepairDetail } from '@linli/shared';
import { type FormEvent, useCallback, useState } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { Dialog } from '../../ui/dialog';
import { ErrorNotice } from '../../ui/error-notice';
import type { WorkerRow } from './repair-labels';

interface AssignDialogProps {
  repair: RepairDetail;
  onAssigned: (detail: RepairDetail, workerName: string | null) => void;
  onClose: () => void;
}

function skillsOf(worker: WorkerRow): string {
  if (worker.skills.length >= REPAIR_CATEGORY_IDS.length) return '全部类别';
  return worker.skills.map((skill) => REPAIR_CATEGORIES[skill].label).join('、');
}

/**
 * 派单: the workers of the repair's own compound, on duty first and the least busy first (as the server sorts
 * them), each with 在岗/休息, the jobs in hand and the categories taken. Asked by the repair, not by the scope the
 * list is narrowed to, so a community or street manager dispatches without first narrowing to the compound.
 * 自动派单 leaves the choice to the server's round-robin over on-duty workers of the repair's category.
 */
export function AssignDialog({ repair, onAssigned, onClose }: AssignDialogProps) {
  const { repairId } = repair;
  const load = useCallback(() => call('repair', 'workers', { repairId }), [repairId]);
  const { state, retry } = useRequest(load);
  const [workerId, setWorkerId] = useState(repair.assignee?.staffId ?? '');
  const [issue, setIssue] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const workers = state.status === 'success' ? state.data.workers : [];

  const assign = async (chosen: WorkerRow | null) => {
    setFailure(null);
    setSubmitting(true);
    try {
      const detail = await call('repair', 'assign', {
        repairId: repair.repairId,
        ...(chosen ? { workerId: chosen.staffId } : {}),
      });
      onAssigned(detail, detail.assignee?.name ?? chosen?.name ?? null);
    } catch (error) {
      setFailure(error);
      setSubmitting(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = workers.find((worker) => worker.staffId === workerId);
    if (!chosen) {
      setIssue('请选择维修师傅，或使用自动派单');
      return;
    }
    setIssue(null);
    void assign(chosen);
  };

  return (
    <Dialog
      title="派单"
      description={`${repair.number} · ${REPAIR_CATEGORIES[repair.category].label} · ${repair.locationLabel}`}
      onClose={onClose}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        {state.status === 'loading' ? <p role="status">正在加载维修师傅…</p> : null}
        {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
        {state.status === 'success' && workers.length === 0 ? (
          <p className="empty">本小区还没有维修师傅账号。</p>
        ) : null}
        {workers.length > 0 ? (
          <fieldset className="field">
            <legend className="field__label">维修师傅</legend>
            <ul className="worker-choices">
              {workers.map((worker) => (
                <li key={worker.staffId}>
                  <label className="worker-choice">
                    <input
                      type="radio"
                      name="worker"
                      value={worker.staffId}
                      checked={workerId === worker.staffId}
                      onChange={() => setWorkerId(worker.staffId)}
                    />
                    <span className="worker-choice__body">
                      <span className="worker-choice__name">
                        {worker.name}
                        <span className={worker.isOnDuty ? 'badge badge--success' : 'badge'}>
                          {worker.isOnDuty ? '在岗' : '休息'}
                        </span>
                        {repair.assignee?.staffId === worker.staffId ? <span className="badge">当前</span> : null}
                      </span>
                      <span className="record__note">
                        手上 {worker.openJobs} 单 · {skillsOf(worker)}
                        {worker.skills.includes(repair.category) ? '' : ' · 不接此类'}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
            {issue ? <p className="field__error">{issue}</p> : null}
          </fieldset>
        ) : null}
        {failure ? <ErrorNotice error={failure} /> : null}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            取消
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={isSubmitting}
            onClick={() => void assign(null)}
          >
            自动派单
          </button>
          <button type="submit" className="button" disabled={isSubmitting || workers.length === 0}>
            {isSubmitting ? '正在派单…' : '确认派单'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
