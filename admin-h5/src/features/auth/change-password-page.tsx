import { ZNewPassword } from '@linli/shared';
import { type FormEvent, useState } from 'react';
import { call } from '../../api/call';
import { fieldIssuesOf } from '../../api/field-issues';
import { clearSession } from '../../api/session';
import { replacePath } from '../../router/hash-location';
import { ErrorNotice } from '../../ui/error-notice';
import { Field } from '../../ui/field';

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
        <Field label="原密码" error={issues.oldPassword}>
          <input
            className="input"
            type="password"
            autoComplete="current-password"
            value={oldPassword}
            onChange={(event) => setOldPassword(event.target.value)}
          />
        </Field>
        <Field label="新密码" error={issues.newPassword} hint="至少8位，需同时包含字母和数字">
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.target.value)}
          />
        </Field>
        <Field label="确认新密码" error={issues.confirm}>
          <input
            className="input"
            type="password"
            autoComplete="new-password"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
          />
        </Field>
        {failure ? <ErrorNotice error={failure} /> : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={isSubmitting}>
            {isSubmitting ? '正在保存…' : '修改密码'}
          </button>
        </div>
      </form>
    </section>
  );
}
