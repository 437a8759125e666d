import { type StaffProfile, ZNewPassword } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { fieldIssuesOf } from '../../api/field-issues';
import { Dialog } from '../../ui/dialog';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';

interface ResetPasswordDialogProps {
  member: StaffProfile;
  onDone: () => void;
  onClose: () => void;
}

/** Sets a new password for a staff member who forgot theirs; their sessions end on the server. */
export function ResetPasswordDialog({ member, onDone, onClose }: ResetPasswordDialogProps) {
  const [password, setPassword] = useState('');
  const [issue, setIssue] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>(null);
  const [isSaving, setSaving] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = ZNewPassword.safeParse(password);
    setIssue(parsed.success ? undefined : parsed.error.issues[0]?.message);
    setFailure(null);
    if (!parsed.success) return;
    setSaving(true);
    try {
      await call('staff', 'resetPassword', { staffId: member._id, password });
      onDone();
    } catch (error) {
      const { password: fieldIssue } = fieldIssuesOf(error);
      if (fieldIssue) setIssue(fieldIssue);
      else setFailure(error);
      setSaving(false);
    }
  };

  return (
    <Dialog
      title="重置密码"
      description={`为 ${member.name}（${member.account}）设置新密码，其所有登录将立即失效。`}
      onClose={onClose}
    >
      <form className="form" onSubmit={onSubmit} noValidate>
        <Field label="新密码" error={issue} hint="至少8位，需同时包含字母和数字">
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </Field>
        {failure ? <ErrorNotice error={failure} /> : null}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            取消
          </button>
          <button type="submit" className="button" disabled={isSaving}>
            {isSaving ? '正在保存…' : '重置密码'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
