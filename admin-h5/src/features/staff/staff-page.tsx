import type { StaffProfile } from '@linli/shared';
import { useCallback, useState } from 'react';
import { call } from '../../api/call';
import { usePagedList } from '../../api/use-paged-list';
import { ErrorNotice } from '../../ui/error-notice';
import { type Feedback, FeedbackLine } from '../../ui/feedback-line';
import { ListFooter } from '../../ui/list-footer';
import { SearchForm } from '../../ui/search-form';
import { ResetPasswordDialog } from './reset-password-dialog';
import { StaffCard } from './staff-card';
import { StaffFormDialog } from './staff-form-dialog';

const PAGE_SIZE = 20;

type Open = { kind: 'create' } | { kind: 'edit'; member: StaffProfile } | { kind: 'reset'; member: StaffProfile };

/** Staff accounts within the admin's scope: search, create, edit roles/scope/停用, reset passwords. */
export function StaffPage({ staff }: { staff: StaffProfile }) {
  const [q, setQ] = useState('');
  const load = useCallback(
    (cursor: string | null) =>
      call('staff', 'list', { limit: PAGE_SIZE, ...(cursor ? { cursor } : {}), ...(q ? { q } : {}) }),
    [q],
  );
  const list = usePagedList(load);
  const [open, setOpen] = useState<Open | null>(null);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const onSaved = (saved: StaffProfile, verb: string) => {
    setOpen(null);
    setFeedback({ tone: 'success', text: `已${verb}账号 ${saved.account}（${saved.name}）` });
    list.refresh();
  };

  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" className="page__title">
        账号
      </h1>
      <div className="toolbar">
        <SearchForm label="搜索账号" placeholder="账号或姓名开头" onSearch={setQ} />
        <button type="button" className="button" onClick={() => setOpen({ kind: 'create' })}>
          新建账号
        </button>
      </div>
      <FeedbackLine feedback={feedback} />
      {list.state.status === 'loading' ? <p role="status">正在加载…</p> : null}
      {list.state.status === 'error' ? <ErrorNotice error={list.state.error} onRetry={list.reload} /> : null}
      {list.state.status === 'ready' && list.state.items.length === 0 ? (
        <p className="empty">{q ? `没有找到与「${q}」相符的账号。` : '还没有工作人员账号。'}</p>
      ) : null}
      {list.state.status === 'ready' && list.state.items.length > 0 ? (
        <>
          <ul className="records records--grid" aria-label="工作人员账号">
            {list.state.items.map((member) => (
              <StaffCard
                key={member._id}
                member={member}
                isMe={member._id === staff._id}
                onEdit={(m) => setOpen({ kind: 'edit', member: m })}
                onResetPassword={(m) => setOpen({ kind: 'reset', member: m })}
              />
            ))}
          </ul>
          <ListFooter
            count={list.state.items.length}
            hasMore={list.state.nextCursor !== null}
            isLoadingMore={list.state.isLoadingMore}
            moreError={list.state.moreError}
            onLoadMore={list.loadMore}
            unit="个账号"
          />
        </>
      ) : null}
      {open?.kind === 'create' || open?.kind === 'edit' ? (
        <StaffFormDialog
          member={open.kind === 'edit' ? open.member : null}
          admin={staff}
          onSaved={(saved) => onSaved(saved, open.kind === 'edit' ? '保存' : '创建')}
          onClose={() => setOpen(null)}
        />
      ) : null}
      {open?.kind === 'reset' ? (
        <ResetPasswordDialog
          member={open.member}
          onDone={() => {
            setFeedback({ tone: 'success', text: `已重置 ${open.member.name} 的密码，其原有登录已失效` });
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </section>
  );
}
