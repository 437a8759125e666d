import { useCallback, useState } from 'react';
import { useRequest } from '../../api/use-request';
import { DISPLAY_TIME_ZONE_LABEL, formatDateTime } from '../../lib/time';
import { ErrorNotice } from '../../ui/error-notice';
import { DEFAULT_OUTBOX_LIMIT, loadOutbox } from './outbox-api';
import { OutboxEntryCard } from './outbox-entry';
import { OutboxFilters } from './outbox-filters';
import { maskOpenid } from './outbox-labels';
import './dev-outbox.css';

/**
 * 消息发件箱（开发）: in the local cloud's dev mode no subscribe message reaches WeChat; the notifier records each
 * one instead, with what WeChat would have done with it. This page lists them, newest first, so whoever tries a
 * repair from report to confirmation can see who was told what. Anywhere else the route is absent and the page
 * says so.
 */
export function DevOutboxPage() {
  const [limit, setLimit] = useState(DEFAULT_OUTBOX_LIMIT);
  const [openid, setOpenid] = useState<string | null>(null);
  const load = useCallback(() => loadOutbox({ limit, openid }), [limit, openid]);
  const { state, retry, refresh, isRefreshing } = useRequest(load);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        消息发件箱（开发）
      </h1>
      <p className="field__hint">
        本地开发云不向微信发送订阅消息，而是记在这里：发给谁、写了什么、微信会送达还是拒收。
      </p>
      {state.status === 'success' && !state.data.isAvailable ? (
        <div className="empty outbox-unavailable" role="status">
          <p>消息发件箱只在以开发模式运行的本地云中提供；当前服务没有这个页面。</p>
          <button type="button" className="button button--secondary" onClick={retry}>
            重新检查
          </button>
        </div>
      ) : (
        <>
          <OutboxFilters
            limit={limit}
            isRefreshing={isRefreshing}
            onLimit={setLimit}
            onOpenid={setOpenid}
            onRefresh={refresh}
          />
          {openid ? (
            <p className="notice">
              只看收件人 <span className="outbox-entry__code">{maskOpenid(openid)}</span> 的消息
              <button type="button" className="link-button" onClick={() => setOpenid(null)}>
                看全部
              </button>
            </p>
          ) : null}
          {state.status === 'loading' ? <p role="status">正在加载…</p> : null}
          {state.status === 'error' ? <ErrorNotice error={state.error} onRetry={retry} /> : null}
          {state.status === 'success' && state.data.isAvailable ? (
            <>
              <p className="outbox-status" role="status">
                <span>
                  {state.data.items.length === limit ? `最新 ${limit} 条` : `共 ${state.data.items.length} 条`}
                  ，最新的在前
                </span>
                <span>
                  更新于 {formatDateTime(state.data.fetchedAt)}（{DISPLAY_TIME_ZONE_LABEL}）
                </span>
              </p>
              {state.data.items.length === 0 ? (
                <p className="empty">{openid ? '这位收件人还没有消息。' : '还没有发出过消息。'}</p>
              ) : (
                <ul className="records outbox-list" aria-label="发出的消息">
                  {state.data.items.map((entry) => (
                    <OutboxEntryCard key={entry._id} entry={entry} onOnlyRecipient={setOpenid} />
                  ))}
                </ul>
              )}
            </>
          ) : null}
        </>
      )}
    </section>
  );
}
