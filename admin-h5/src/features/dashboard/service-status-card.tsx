import { useRef } from 'react';
import { call } from '../../api/call';
import { useRequest } from '../../api/use-request';
import { DISPLAY_TIME_ZONE_LABEL, formatDateTime } from '../../lib/time';
import { ErrorNotice } from '../../ui/error-notice';
import { RUNTIME_LABELS, STORE_LABELS } from './service-labels';
import './service-status-card.css';

/** Both answers are needed to call the service healthy, so they are fetched together and fail together. */
async function loadServiceStatus() {
  const [ping, version] = await Promise.all([call('system', 'ping', {}), call('system', 'version', {})]);
  return { ping, version };
}

const STATUS_TEXT = {
  loading: '正在检查服务连接…',
  success: '服务连接正常',
  error: '服务连接异常',
} as const;

/** The first live call: proves the console reaches the cloud functions and shows which build answers. */
export function ServiceStatusCard() {
  const { state, retry } = useRequest(loadServiceStatus);
  const heading = useRef<HTMLHeadingElement>(null);

  // The 重试 button disappears while retrying; park focus on the card so keyboard users are not dropped to the
  // top of the page, and let the status region announce the outcome.
  const onRetry = () => {
    heading.current?.focus();
    retry();
  };

  return (
    <section className="card service-status" aria-labelledby="service-status-title">
      <h2 id="service-status-title" className="card__title" ref={heading} tabIndex={-1}>
        服务状态
      </h2>
      <p id="ping-status" className={`service-status__badge service-status__badge--${state.status}`} role="status">
        {STATUS_TEXT[state.status]}
      </p>
      {state.status === 'success' ? (
        <dl className="facts">
          <div className="facts__row">
            <dt>服务器时间</dt>
            <dd>
              <time dateTime={state.data.ping.serverTime}>{formatDateTime(state.data.ping.serverTime)}</time>
              <span className="facts__note">（{DISPLAY_TIME_ZONE_LABEL}）</span>
            </dd>
          </div>
          <div className="facts__row">
            <dt>服务版本</dt>
            <dd>{state.data.version.version}</dd>
          </div>
          <div className="facts__row">
            <dt>运行环境</dt>
            <dd>{RUNTIME_LABELS[state.data.version.runtime]}</dd>
          </div>
          <div className="facts__row">
            <dt>数据存储</dt>
            <dd>{STORE_LABELS[state.data.version.store]}</dd>
          </div>
        </dl>
      ) : null}
      {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={onRetry} /> : null}
    </section>
  );
}
