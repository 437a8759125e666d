import { type StaffProfile, ZNewPassword } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { fieldIssuesOf } from '../../api/field-issues';
import { Dialog } from '../../ui/dialog';
import { FormFooter } from '../../ui/form-footer';
import { NEW_PASSWORD_HINT, PasswordField } from '../../ui/password-field';

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
        <PasswordField
          label="新密码"
          error={issue}
          hint={NEW_PASSWORD_HINT}
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
        />
        <FormFooter
          failure={failure}
          submitLabel="重置密码"
          isSubmitting={isSaving}
          busyLabel="正在保存…"
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
