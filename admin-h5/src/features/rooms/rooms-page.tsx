import { formatArea, ROOM_TYPE_LABELS } from '@linli/shared';
import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { usePagedList } from '../../api/use-paged-list';
import { ErrorNotice } from '../../ui/error-notice';
import { ListFooter } from '../../ui/list-footer';
import { SearchForm } from '../../ui/search-form';

const PAGE_SIZE = 50;

/** The room register within scope (or the narrowed node): search by room number, building and unit. */
export function RoomsPage({ withinId }: { withinId: string | null }) {
  const [q, setQ] = useState('');
  const load = useCallback(
    (cursor: string | null) =>
      call('places', 'rooms', {
        limit: PAGE_SIZE,
        ...(cursor ? { cursor } : {}),
        ...(withinId ? { within: withinId } : {}),
        ...(q ? { q } : {}),
      }),
    [q, withinId],
  );
  const list = usePagedList(load);

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        房屋
      </h1>
      <SearchForm label="搜索房号" placeholder="如 101、3栋、3-2-101" onSearch={setQ} />
      {list.state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {list.state.status === 'error' ? <ErrorNotice error={list.state.error} onRetry={list.reload} /> : null}
      {list.state.status === 'ready' && list.state.items.length === 0 ? (
        <p className="empty">
          {q ? `没有找到与「${q}」相符的房屋。` : '这里还没有房屋，可在「导入」中导入房屋登记表。'}
        </p>
      ) : null}
      {list.state.status === 'ready' && list.state.items.length > 0 ? (
        <>
          <table className="table">
            <caption className="visually-hidden">房屋列表{q ? `：${q}` : ''}</caption>
            <thead>
              <tr>
                <th scope="col">房屋</th>
                <th scope="col" className="table__num">
                  楼层
                </th>
                <th scope="col" className="table__num">
                  面积
                </th>
                <th scope="col">类型</th>
              </tr>
            </thead>
            <tbody>
              {list.state.items.map((room) => (
                <tr key={room._id}>
                  <th scope="row">{room.label}</th>
                  <td className="table__num">{room.floor}</td>
                  <td className="table__num">{formatArea(room.areaHundredths)}</td>
                  <td>{ROOM_TYPE_LABELS[room.type]}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ListFooter
            count={list.state.items.length}
            hasMore={list.state.nextCursor !== null}
            isLoadingMore={list.state.isLoadingMore}
            moreError={list.state.moreError}
            onLoadMore={list.loadMore}
            unit="套房屋"
          />
        </>
      ) : null}
    </section>
  );
}
