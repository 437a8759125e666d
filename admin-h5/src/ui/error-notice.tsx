import { errorMessageOf, requestIdOf } from '../api/error-message';
import './error-notice.css';

interface ErrorNoticeProps {
  error: unknown;
  /** Shown as a 重试 button when the failure is worth another attempt. */
  onRetry?: () => void;
}

/** How every failed call is shown: the envelope's Chinese message, the request id for support, and a retry. */
export function ErrorNotice({ error, onRetry }: ErrorNoticeProps) {
  const requestId = requestIdOf(error);
  return (
    <div className="error-notice" role="alert">
      <p className="error-notice__message">{errorMessageOf(error)}</p>
      {requestId ? <p className="error-notice__meta">请求编号：{requestId}</p> : null}
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          重试
        </button>
      ) : null}
    </div>
  );
}
