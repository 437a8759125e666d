import { CallError } from '@linli/shared';
import { errorMessageOf, requestIdOf } from '../api/error-message';
import './error-notice.css';

interface ErrorNoticeProps {
  error: unknown;
  /** Overrides the sentence shown, for failures found in the console itself (a broken CSV quote). */
  message?: string;
  /** Shown as a 重试 button when the failure is worth another attempt. */
  onRetry?: () => void;
}

/**
 * How every failed call is shown: the envelope's Chinese message, the field problems it carries (when no form
 * field shows them), the request id for support, and a retry.
 */
export function ErrorNotice({ error, message, onRetry }: ErrorNoticeProps) {
  const requestId = requestIdOf(error);
  const issues = error instanceof CallError ? (error.issues ?? []) : [];
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice__message">{message ?? errorMessageOf(error)}</p>
      {issues.length > 0 ? (
        <ul className="error-notice__issues">
          {issues.map((issue) => (
            <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      ) : null}
      {requestId ? <p className="error-notice__meta">请求编号：{requestId}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          重试
        </button>
      ) : null}
    </div>
  );
}
