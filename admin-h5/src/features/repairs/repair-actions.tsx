import type { RepairAction, RepairDetail } from '@linli/shared';
import { useState } from 'react';
import { call } from '../../api/call';
import { ReasonDialog } from '../../ui/reason-dialog';
import { AssignDialog } from './assign-dialog';
import { FinishDialog } from './finish-dialog';
import { MergeDialog } from './merge-dialog';

interface RepairActionsProps {
  repair: RepairDetail;
  withinId: string | null;
  /** A step was taken: the repair as the server now has it, and the sentence to announce. */
  onDone: (detail: RepairDetail, message: string) => void;
  onFailed: (error: unknown) => void;
}

type Asking = 'assign' | 'merge' | 'comment' | 'finish';

/** The steps that need no form: one tap, one call. */
const ONE_TAP: Partial<Record<RepairAction, { label: string; done: string }>> = {
  accept: { label: '接单', done: '已接单' },
  start: { label: '开始维修', done: '已开始维修' },
};

/**
 * The buttons for what the caller may do now, exactly the server's `can`: 派单 (or 改派), 合并 and 备注 for a
 * dispatcher; 接单, 开始维修, 完工 and 备注 for the assigned worker. Nothing else is offered, so no button leads to
 * a refusal the caller could have been spared.
 */
export function RepairActions({ repair, withinId, onDone, onFailed }: RepairActionsProps) {
  const [asking, setAsking] = useState<Asking | null>(null);
  const [busy, setBusy] = useState<RepairAction | null>(null);
  const can = new Set(repair.can);
  const close = () => setAsking(null);
  const finishWith = (message: string) => (detail: RepairDetail) => {
    setAsking(null);
    onDone(detail, message);
  };

  const runOneTap = async (action: 'accept' | 'start') => {
    setBusy(action);
    try {
      onDone(await call('repair', action, { repairId: repair.repairId }), ONE_TAP[action]?.done ?? '');
    } catch (error) {
      onFailed(error);
    } finally {
      setBusy(null);
    }
  };

  const buttons: { action: RepairAction; label: string; onClick: () => void; isPrimary: boolean }[] = [];
  if (can.has('assign')) {
    const label = repair.assignee ? '改派' : '派单';
    buttons.push({ action: 'assign', label, onClick: () => setAsking('assign'), isPrimary: true });
  }
  for (const action of ['accept', 'start'] as const) {
    const spec = ONE_TAP[action];
    if (can.has(action) && spec)
      buttons.push({ action, label: spec.label, onClick: () => void runOneTap(action), isPrimary: true });
  }
  if (can.has('finish'))
    buttons.push({ action: 'finish', label: '完工', onClick: () => setAsking('finish'), isPrimary: true });
  if (can.has('merge'))
    buttons.push({ action: 'merge', label: '合并', onClick: () => setAsking('merge'), isPrimary: false });
  if (can.has('comment'))
    buttons.push({ action: 'comment', label: '备注', onClick: () => setAsking('comment'), isPrimary: false });
  if (buttons.length === 0) return null;

  return (
    <>
      <fieldset className="record__actions repair-actions bare-fieldset">
        <legend className="visually-hidden">处理报修</legend>
        {buttons.map((button) => (
          <button
            key={button.action}
            type="button"
            className={button.isPrimary ? 'button' : 'button button--secondary'}
            disabled={busy !== null}
            onClick={button.onClick}
          >
            {busy === button.action ? '正在提交…' : button.label}
          </button>
        ))}
      </fieldset>
      {asking === 'assign' ? (
        <AssignDialog
          repair={repair}
          onAssigned={(detail, name) => finishWith(name ? `已派单给 ${name}` : '已派单')(detail)}
          onClose={close}
        />
      ) : null}
      {asking === 'merge' ? (
        <MergeDialog
          repair={repair}
          withinId={withinId}
          onMerged={(detail) => finishWith(`已合并到 ${detail.mergedInto?.number ?? '另一张报修单'}`)(detail)}
          onClose={close}
        />
      ) : null}
      {asking === 'finish' ? (
        <FinishDialog repair={repair} onFinished={finishWith('已完工，等待住户确认')} onClose={close} />
      ) : null}
      {asking === 'comment' ? (
        <ReasonDialog
          title="添加备注"
          description={`${repair.number} · 仅工作人员可见`}
          label="备注内容"
          hint="住户看不到备注"
          submitLabel="保存备注"
          maxLength={500}
          onSubmit={async (text) => {
            finishWith('已添加备注')(await call('repair', 'comment', { repairId: repair.repairId, text }));
          }}
          onClose={close}
        />
      ) : null}
    </>
  );
}
