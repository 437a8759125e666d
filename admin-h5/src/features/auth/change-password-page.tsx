import { ZNewPassword } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { fieldIssuesOf } from '../../api/field-issues';
import { clearSession } from '../../api/session';
import { replacePath } from '../../router/hash-location';
import { FormFooter } from '../../ui/form-footer';
import { NEW_PASSWORD_HINT, PasswordField } from '../../ui/password-field';

type Fields = 'oldPassword' | 'newPassword' | 'confirm';
type Issues = Partial<Record<Fields, string>>;

function checkLocally(oldPassword: string, newPassword: string, confirm: string): Issues {
  const issues: Issues = {};
  if (!oldPassword) issues.oldPassword = '请输入原密码';
  const parsed = ZNewPassword.safeParse(newPassword);
  if (!parsed.success) issues.newPassword = parsed.error.issues[0]?.message ?? '新密码不符合要求';
  if (confirm !== newPassword) issues.confirm = '两次输入的新密码不一致';
  return issues;
}

/**
 * Changes the signed-in staff member's password. Every other session ends on the server; this one is ended too,
 * so the next sign-in proves the new password works.
 */
export function ChangePasswordPage() {
  const [oldPassword, setOldPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [isSubmitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const local = checkLocally(oldPassword, newPassword, confirm);
    setIssues(local);
    setFailure(null);
    if (Object.keys(local).length > 0) return;
    setSubmitting(true);
    try {
      await call('auth', 'changePassword', { oldPassword, newPassword });
    } catch (error) {
      const { oldPassword: wrongOld, newPassword: badNew } = fieldIssuesOf(error);
      setIssues({ oldPassword: wrongOld, newPassword: badNew });
      if (!wrongOld && !badNew) setFailure(error);
      setSubmitting(false);
      return;
    }
    await call('auth', 'logout', {}).catch(() => undefined);
    replacePath('/login');
    clearSession('password-changed');
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        修改密码
      </h1>
      <form className="card form form--narrow" onSubmit={onSubmit} noValidate>
        <p className="field__hint">修改成功后需要用新密码重新登录，其他设备上的登录也会失效。</p>
        <PasswordField
          label="原密码"
          error={issues.oldPassword}
          autoComplete="current-password"
          value={oldPassword}
          onChange={setOldPassword}
        />
        <PasswordField
          label="新密码"
          error={issues.newPassword}
          hint={NEW_PASSWORD_HINT}
          autoComplete="new-password"
          value={newPassword}
          onChange={setNewPassword}
        />
        <PasswordField
          label="确认新密码"
          error={issues.confirm}
          autoComplete="new-password"
          value={confirm}
          onChange={setConfirm}
        />
        <FormFooter failure={failure} submitLabel="修改密码" isSubmitting={isSubmitting} busyLabel="正在保存…" />
      </form>
    </section>
  );
}
