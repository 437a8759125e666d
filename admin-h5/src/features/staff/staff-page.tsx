import type { StaffProfile } from '@linli/shared';
import { useState } from 'react';
import { call } from '../../api/call';
import type { PageInput } from '../../api/page-input';
import { useSearchedList } from '../../api/use-searched-list';
import { type Feedback, FeedbackLine } from '../../ui/feedback-line';
import { PagedResults } from '../../ui/paged-results';
import { SearchForm } from '../../ui/search-form';
import { ResetPasswordDialog } from './reset-password-dialog';
import { StaffCard } from './staff-card';
import { StaffFormDialog } from './staff-form-dialog';

const PAGE_SIZE = 20;
// Staff accounts are not narrowed by the scope bar: the hook is called without `within`, so it is never sent.
const fetchStaff = (input: PageInput) => call('staff', 'list', input);

type Open = { kind: 'create' } | { kind: 'edit'; member: StaffProfile } | { kind: 'reset'; member: StaffProfile };

/** Staff accounts within the admin's scope: search, create, edit roles/scope/停用, reset passwords. */
export function StaffPage({ staff }: { staff: StaffProfile }) {
  const { q, search, list } = useSearchedList(fetchStaff, PAGE_SIZE);
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
        <SearchForm label="搜索账号" placeholder="账号或姓名开头" onSearch={search} />
        <button type="button" className="button" onClick={() => setOpen({ kind: 'create' })}>
          新建账号
        </button>
      </div>
      <FeedbackLine feedback={feedback} />
      <PagedResults list={list} empty={q ? `没有找到与「${q}」相符的账号。` : '还没有工作人员账号。'} unit="个账号">
        {(members) => (
          <ul className="records records--grid" aria-label="工作人员账号">
            {members.map((member) => (
              <StaffCard
                key={member._id}
                member={member}
                isMe={member._id === staff._id}
                onEdit={(m) => setOpen({ kind: 'edit', member: m })}
                onResetPassword={(m) => setOpen({ kind: 'reset', member: m })}
              />
            ))}
          </ul>
        )}
      </PagedResults>
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
