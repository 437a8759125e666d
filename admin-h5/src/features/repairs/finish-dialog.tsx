import type { RepairDetail } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { fieldIssuesOf } from '../../api/field-issues';
import { Dialog } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { FormFooter } from '../../ui/form-footer';
import { PhotoPicker } from './photo-picker';
import { usePhotoUploads } from './use-photo-uploads';

interface FinishDialogProps {
  repair: RepairDetail;
  onFinished: (detail: RepairDetail) => void;
  onClose: () => void;
}

const NOTE_MAX = 500;

/**
 * 完工: what was done and photos of the fix. Photos upload while the note is written; 提交完工 waits for them and
 * sends their ids with the note, so the household sees the result with the repair marked 待确认.
 */
export function FinishDialog({ repair, onFinished, onClose }: FinishDialogProps) {
  const uploads = usePhotoUploads();
  const [note, setNote] = useState('');
  const [issues, setIssues] = useState<{ note?: string; photoIds?: string }>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local: typeof issues = {};
    if (note.trim() === '') local.note = '请填写维修说明';
    if (uploads.isUploading) local.photoIds = '照片还在上传，请稍候';
    else if (uploads.hasFailed) local.photoIds = '有照片上传失败，请重试或移除';
    setIssues(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    try {
      onFinished(
        await call('repair', 'finish', { repairId: repair.repairId, note: note.trim(), photoIds: uploads.fileIds }),
      );
    } catch (error) {
      const server = fieldIssuesOf(error);
      const shown = { note: server.note, photoIds: server.photoIds };
      setIssues(shown);
      if (!shown.note && !shown.photoIds) setFailure(error);
      setSubmitting(false);
    }
  };

  return (
    <Dialog title="完工" description={`${repair.number} · ${repair.locationLabel}`} onClose={onClose}>
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label="维修说明" error={issues.note} hint="住户会看到这段说明">
          <textarea
            className="textarea"
            data-autofocus
            maxLength={NOTE_MAX}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </Field>
        <PhotoPicker uploads={uploads} label="完工照片" />
        {issues.photoIds ? <p className="field__error">{issues.photoIds}</p> : null}
        <FormFooter
          failure={failure}
          submitLabel="提交完工"
          isSubmitting={isSubmitting}
          busyLabel="正在提交…"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
