import { ErrorNotice } from './error-notice';

interface ListFooterProps {
  count: number;
  hasMore: boolean;
  isLoadingMore: boolean;
  moreError: unknown;
  onLoadMore: () => void;
  /** What is counted, e.g. 条申请, 套房屋. */
  unit: string;
}

/** Under a paginated list: how many are shown, and 加载更多 while the server has more. */
export function ListFooter({ count, hasMore, isLoadingMore, moreError, onLoadMore, unit }: ListFooterProps) {
  return (
    <div className="list-footer">
      <p className="list-footer__count" role="status">
        {hasMore ? `已显示 ${count} ${unit}` : `共 ${count} ${unit}`}
      </p>
      {moreError ? <ErrorNotice error={moreError} /> : null}
      {hasMore ? (
        <button type="button" className="button button--secondary" onClick={onLoadMore} disabled={isLoadingMore}>
          {isLoadingMore ? '正在加载…' : '加载更多'}
        </button>
      ) : null}
    </div>
  );
}
