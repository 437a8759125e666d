import { type FormEvent, useRef, useState } from 'react';
import { call } from '../../api/call';
import { errorMessageOf } from '../../api/error-message';
import { type SessionEnd, saveSession, takeSessionEnd } from '../../api/session';
import { Field } from '../../ui/field';
import { ServiceStatusCard } from '../dashboard/service-status-card';
import './login-page.css';

const END_NOTICES: Record<SessionEnd, string> = {
  expired: '登录已过期，请重新登录',
  'password-changed': '密码已修改，请用新密码重新登录',
};

type Missing = Partial<Record<'account' | 'password', string>>;

/**
 * Staff sign-in. The answer's token, expiry and profile become the session; the shell takes over from there. The
 * server's message is shown as it is (账号或密码错误, the lockout, a disabled account).
 */
export function LoginPage() {
  const [notice] = useState(takeSessionEnd);
  const [account, setAccount] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<Missing>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [isSubmitting, setSubmitting] = useState(false);
  const passwordInput = useRef<HTMLInputElement>(null);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const blanks: Missing = {};
    if (!account.trim()) blanks.account = '请输入账号';
    if (!password) blanks.password = '请输入密码';
    setMissing(blanks);
    if (Object.keys(blanks).length > 0) return;

    setSubmitting(true);
    setFailure(null);
    try {
      const answer = await call('auth', 'staffLogin', { account: account.trim(), password });
      saveSession({ token: answer.token, expiresAt: answer.expiresAt, staff: answer.staff, within: null });
    } catch (error) {
      setFailure(errorMessageOf(error));
      setPassword('');
      setSubmitting(false);
      passwordInput.current?.focus();
    }
  };

  return (
    <div className="login">
      <header className="login__brand">
        <span className="login__logo" aria-hidden="true" />
        邻里 · 管理后台
      </header>
      <main className="login__main">
        <section className="card login__card" aria-labelledby="page-title">
          <h1 id="page-title" className="page__title">
            工作人员登录
          </h1>
          {notice ? (
            <p className="notice" role="status">
              {END_NOTICES[notice]}
            </p>
          ) : null}
          <form className="form" onSubmit={onSubmit} noValidate>
            <Field label="账号" error={missing.account}>
              <input
                className="input"
                name="account"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={32}
                value={account}
                onChange={(event) => setAccount(event.target.value)}
              />
            </Field>
            <Field label="密码" error={missing.password}>
              <input
                ref={passwordInput}
                className="input"
                name="password"
                type="password"
                autoComplete="current-password"
                maxLength={128}
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
            </Field>
            {failure ? (
              <p className="error-notice error-notice__message" role="alert">
                {failure}
              </p>
            ) : null}
            <button type="submit" className="button" disabled={isSubmitting}>
              {isSubmitting ? '正在登录…' : '登录'}
            </button>
          </form>
        </section>
        <ServiceStatusCard />
      </main>
    </div>
  );
}
